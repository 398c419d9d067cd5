import { type ClassConstructor, TransformationType } from 'class-transformer';
import { type MetadataStorage } from 'class-transformer/types/MetadataStorage';

/**
 * class-transformer keeps its decorator metadata (`@Type`, `@Transform`,
 * `@Expose`, `@Exclude`) in this module and offers no public accessor; it is
 * read once per DTO class, only to learn whether `plainToInstance` would do
 * anything to a property beyond copying it.
 */
interface StorageModule {
  readonly defaultMetadataStorage: MetadataStorage;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const storageModule = require('class-transformer/cjs/storage') as StorageModule;
const storage = storageModule.defaultMetadataStorage;

/** Whether `plainToInstance(type, plain)` copies each property as it is (no decorator of class-transformer on the class). */
export function copiedAsIs(
  type: ClassConstructor<object>,
  properties: readonly string[],
): boolean {
  if (
    storage.getStrategy(type) !== 'none' ||
    storage.getExposedMetadatas(type).length > 0 ||
    storage.getExcludedMetadatas(type).length > 0
  )
    return false;
  return properties.every(
    (property) =>
      storage.findTypeMetadata(type, property) === undefined &&
      storage.findExposeMetadata(type, property) === undefined &&
      storage.findExcludeMetadata(type, property) === undefined &&
      storage.findTransformMetadatas(
        type,
        property,
        TransformationType.PLAIN_TO_CLASS,
      ).length === 0,
  );
}
