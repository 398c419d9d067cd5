/**
 * The emulator's own "platform certificates" (WeChat's 平台证书, which sign
 * every API-security reply): two RSA-2048 key pairs with self-signed X.509
 * certificates, `current` and `previous` (the one a rotation drill sends as
 * `Wechatmp-Serial-Deprecated`). TEST-ONLY FIXTURES: they are published in
 * this repository, so they secure nothing; WeChat's real platform key is
 * not published and a client must never trust these outside tests.
 *
 * Made once with OpenSSL 3.0.19 (Node cannot create X.509 certificates):
 *   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out <n>.key.pem
 *   openssl req -new -key <n>.key.pem -subj "/CN=WeChat platform certificate (emulated, test only)/O=nestjs-wechat-logistics emulator/OU=WxgMp" -out <n>.csr
 *   openssl ca -selfsign -keyfile <n>.key.pem -in <n>.csr -startdate 20200101000000Z -enddate 21000101000000Z …
 * (valid 2020 → 2100, so a pinned past or future emulator clock stays inside).
 * The SNs are the console's 编号 (not the X.509 serial numbers), made up like
 * WeChat's: 32 hex digits.
 */

export interface EmulatedPlatformKey {
  /** The console SN sent as `Wechatmp-Serial`. */
  readonly sn: string;
  readonly privateKeyPem: string;
  readonly publicKeyPem: string;
  readonly certificatePem: string;
}

export const CURRENT_PLATFORM_KEY: EmulatedPlatformKey = {
  sn: 'e3a1c0de5e1f00d5c0ffee0000000001',
  privateKeyPem: `-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQDfakvEXKMy5tgv
lg8JR22wBIAndh78EPCLurB7yMCERkD535AqUXdpyuRNKz937fpe4botLb7q5vqG
bAO4BZexJyzojwnuLlXIm+cZNdYZvTqa/VQIWYo0S9EUrWQqAcpe8qq3RTC7ScoQ
QuD3JcWLudRwc9SKJ4yvc4HjnfFW5k0HXrIdydpjDCRA2I2vvNSdpN2S6Z+2esNZ
rdmSYTwxMRNsunK6oolSspNAep+0SfubmzD6G92gU/ian6JO8CfmgIAoVcj/IrBT
dMqLjyhaxYj76zug7DqmqXrAtf8z9bcqPuMteaoq8hloMTgMQQXBaGVoBTvPze+n
mLVOQ3H7AgMBAAECggEAHjSUVtGBfQXJz7E1ijcehNAu9WbabJDrvLB6YNn08U1A
RqgrqRUHlIWKVUaWF6RUl9Rj4+zN5Zth3p+m5w/WgOx/fVeta4bXMT6mwXlOX39+
d2rtnA1jCov/khCZPLauQiUD4LBZlNC2oXkxSijQqwHuT1/RqfYL5sKymnAFq45J
yW4mlVwkXH40RtRMNF3t4KIns9nM6C9b8wRSTYb+qkATLd/mjHsbYHuixUUrNeeV
RYFUemwc8YaOXH8QmJ3OAnW4Zvy5/M0OZy3ge7SJ8X46a1sq8p3gAxZAMEfnG5qK
D+3hN9h2HHF0i2D0EuddTkGGoR5BdkXXbIyGQNBZOQKBgQDzXcBc3cg7BfHIm8UC
ePiS3rtG4+ddmPT7GnDVJ/U/e+lI2+pmc4fEBk13fU3E+QLftTpGTvhrqovVpDrU
HHPokjgbOYNYlXBZrS02JPhKfxTjIdlzNk8P74EPuDS0B7x2Drmh2lLT0m4Q6lEe
jRsm/RyD8G0+zXK1jiitrmRQOQKBgQDrA2ctYN1inSBYaG3nRj+/8gWebTTicGDA
vRXUgJLXeS11P40FJRCiNMZwbxYEAIYpSfeiOnEGWMf7Hlbn1Xgy5d1EBMMRtAVP
qk1PY6CR9Q1wHBmpZHNXcRnZMtRgaIvlWLdOiVkyoWUEhhhlxsJb8GfD3OSx6tf+
F+EBGXnr0wKBgQC52lHqWdDtClggTJ1CiyHB/+jjdW6ecw47qXCbyD0pszZv1sqG
XRpEoE+OvhmjIEuKjjsnsG1Uw9SwXhAzJlt6NBg26lAdWVqIkZEidU9MjQplftcy
fjoYwF4+o/1Ts0jAm/Q136Y7b8twjZFPlJE00D1zoSu8t2cvsZXtNW4UOQKBgA8b
j+Vt5a1yNmMYi4AjlvOK5muRz6WC3eVmAmI/xbDOXGq+JB2hjVkwFVWi/oJRWk6L
L70hDqT+zhRJlgKfSXPULQ4zVCruLK07YG7rE6ZuX2fGlqu6BmQnpCa/SsHL1rpu
opIM6EwF7g2FZUodpd7tLG5948HAPBRcip1ceub7AoGBAJIZ70y7XfMboAdLlt2g
3xMUXwYjoZiU6ftv2Hmdzr884seFr7T5hh89zkT4+nHUZHXlz2vBkJ9uc5+hWmhk
zerCPDee77rqUUJKmzkTsGp3mE2mmJ1bBnaER/FKLfVKqvMwjFAAcT20xscbPeqt
3g6bJMfJjeUdecZFagV+5mGD
-----END PRIVATE KEY-----
`,
  publicKeyPem: `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA32pLxFyjMubYL5YPCUdt
sASAJ3Ye/BDwi7qwe8jAhEZA+d+QKlF3acrkTSs/d+36XuG6LS2+6ub6hmwDuAWX
sScs6I8J7i5VyJvnGTXWGb06mv1UCFmKNEvRFK1kKgHKXvKqt0Uwu0nKEELg9yXF
i7nUcHPUiieMr3OB453xVuZNB16yHcnaYwwkQNiNr7zUnaTdkumftnrDWa3ZkmE8
MTETbLpyuqKJUrKTQHqftEn7m5sw+hvdoFP4mp+iTvAn5oCAKFXI/yKwU3TKi48o
WsWI++s7oOw6pql6wLX/M/W3Kj7jLXmqKvIZaDE4DEEFwWhlaAU7z83vp5i1TkNx
+wIDAQAB
-----END PUBLIC KEY-----
`,
  certificatePem: `-----BEGIN CERTIFICATE-----
MIIDczCCAlsCECdVVIRB4S8hZxu0zzek2t8wDQYJKoZIhvcNAQELBQAwdzE6MDgG
A1UEAwwxV2VDaGF0IHBsYXRmb3JtIGNlcnRpZmljYXRlIChlbXVsYXRlZCwgdGVz
dCBvbmx5KTEpMCcGA1UECgwgbmVzdGpzLXdlY2hhdC1sb2dpc3RpY3MgZW11bGF0
b3IxDjAMBgNVBAsMBVd4Z01wMCAXDTIwMDEwMTAwMDAwMFoYDzIxMDAwMTAxMDAw
MDAwWjB3MTowOAYDVQQDDDFXZUNoYXQgcGxhdGZvcm0gY2VydGlmaWNhdGUgKGVt
dWxhdGVkLCB0ZXN0IG9ubHkpMSkwJwYDVQQKDCBuZXN0anMtd2VjaGF0LWxvZ2lz
dGljcyBlbXVsYXRvcjEOMAwGA1UECwwFV3hnTXAwggEiMA0GCSqGSIb3DQEBAQUA
A4IBDwAwggEKAoIBAQDfakvEXKMy5tgvlg8JR22wBIAndh78EPCLurB7yMCERkD5
35AqUXdpyuRNKz937fpe4botLb7q5vqGbAO4BZexJyzojwnuLlXIm+cZNdYZvTqa
/VQIWYo0S9EUrWQqAcpe8qq3RTC7ScoQQuD3JcWLudRwc9SKJ4yvc4HjnfFW5k0H
XrIdydpjDCRA2I2vvNSdpN2S6Z+2esNZrdmSYTwxMRNsunK6oolSspNAep+0Sfub
mzD6G92gU/ian6JO8CfmgIAoVcj/IrBTdMqLjyhaxYj76zug7DqmqXrAtf8z9bcq
PuMteaoq8hloMTgMQQXBaGVoBTvPze+nmLVOQ3H7AgMBAAEwDQYJKoZIhvcNAQEL
BQADggEBAKbn8Oi0XNseIeecxprbu76ndJxu61sCW5h4GkxMf+mGUWzMi0eY7BUN
O0aXrsVnLzSCTKAwy1pmg2MJygU2lXWz8E0LjCRnrDp2ww/ks3qaumUY+haQ28lO
N+SmCRXcAuSAGiJQk8xIq/WFINa7hi3WdG+AVFSVcFK2hnaGqT8ZioVhGDao1Slx
JQdvOJ5sitCuj4/bnkq+rzfuABA7Xm2B80jmjJxjRxneZdXxYa0THRHrhQAwguG1
9gS3PLT2QlyGhBx0vqL74vIp+JAXlVS/XH3o0jDXl3hP/9NqSB6pIYSyPtjWVa57
dKD7kx6QsmzhBi1kbtQHSw4rWzChUDk=
-----END CERTIFICATE-----
`,
};

export const PREVIOUS_PLATFORM_KEY: EmulatedPlatformKey = {
  sn: 'e3a1c0de5e1f00d5c0ffee0000000000',
  privateKeyPem: `-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCa8x0VAvVJ3+t0
daWpHQi51WkmkVdfus5VCBCQbiWTu7zSAjHquZEVV/dWJAFr9iLl45UzwANbc8cO
oauKXH36EN7qyAul1qnSBCgs9RQHGKEyZCikp/ZmH3sDIKYqX406Oy3gACDuhkde
d+g+5jOgh1eX+3yA6t01RQA25ks3sq9JRXVxENQPn0lvbSMenD6C9iBcXpQ6zhaJ
D0U/p+G5DgE4H77j7v2cjyZf6b+ynXBS+y9GrL4PvQX86c0GfUO9CiazNQ5YJzOV
qicPi2MausaZbOELCGk19PngOSOJLYUgSxOcDjJjpHkj89txqckiA0/guyQvcAdR
fSBcd/DhAgMBAAECggEAOcdqEsm1mcSL0jOEgJk5BcLUoPMVd7b69a46LwFDteEN
uenjnzlvJlxU+KQYe5+ex8ajfladad60XXpfswpmV3cvCLFr1n1DefLe4FTLERJY
GahLl4qiUNZwUmw8ShSzXwFuS9cAcLFVr55a1gmVOsj9GslGVfQ+ZHzEZbReW/gK
57PAwkYeoNTx/ttQW8VwTB+QAqBQf5VIWsIAVb2IGYwtBG9gR1OJiec2ZfL1QI6l
xggduHSqKGEcp5CfwgWT+II085SIUF5LTAzV9TxBK5FxWtqUdhWkW2ZTxImOljpI
kPVN7u2LQkn1LeJ1W+dmbByeSTmvbE/5gEqQn1zWWQKBgQDHl6oSNGzjimNnItS3
E0w7aJOH18YtTaqS5+esbVMI+mVUsYnNE6o8RcL37OK8T5AZaKM550FYWc5BH/2n
dywCLxAEZOLf0ZWdoRDReAcjplFEvAjpNYRWGD2zTh32bzyC/R95cT2t2DX7sXmb
pp06JaUaElCR63eLL5LqnqyOjwKBgQDGvZWEPACuGItydwdCzSHV397ayK6+tkU5
lpzTwmj7cwCD9U65iChAuhOO6pnzaAocDpcGBdRAIndmg32C/pL1WuAzzV+HU9Gt
pbzzb4+T/mjpNn7ltFl0rIK36A3cS7DefJyExhvQSMC6aop5IddMOFxXZHJRANQ9
3QcCCP5BjwKBgQCMGUdFtArixRb1JBvPzfnqkYNNDQaMckHTEHksLSjl2m0aP+yM
SMtrt0QdpueYavio/Svlzw+tJoyCZiQ0UpBPkB1cGDywAntUw+P8RJYuTeYpqxtO
J0SW8jkNDT425unAwFBBfF1hE60A2RiVSyR91kLHxCdN5cxppKEpkutovQKBgQCU
MSGgLK3FI4A3phG/+f3U4M3oDeRfSMJtoqTmMfzeIm6r9urw5Vo+iYGz+7M4EMgZ
C7gJQad2+zxVMI8Scolacpzjg6xL2HBtLzypuPIyxG2uGHifB8/8c/Y089ACCF6m
R/zd9Gsg8F7lojQHBvjnWM9iSwAC7r9UMc/b8KDGeQKBgEeLcM4mjH+Uhz2hGE+L
TvN3B7OFwQ/+u6Z5rZ6keNe6AhtdkbGdcWrYtE7zgrd3I2R6h/nqf1oOmBeMO2jU
R/TQB7J6y1Y2t10CFxTqhZF7YW8CCGbpoRXBTMnHajLGeYmSZ4FSY360+3h5sSnY
xUt0zrZB3BrnctrLwGMF1pH+
-----END PRIVATE KEY-----
`,
  publicKeyPem: `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAmvMdFQL1Sd/rdHWlqR0I
udVpJpFXX7rOVQgQkG4lk7u80gIx6rmRFVf3ViQBa/Yi5eOVM8ADW3PHDqGrilx9
+hDe6sgLpdap0gQoLPUUBxihMmQopKf2Zh97AyCmKl+NOjst4AAg7oZHXnfoPuYz
oIdXl/t8gOrdNUUANuZLN7KvSUV1cRDUD59Jb20jHpw+gvYgXF6UOs4WiQ9FP6fh
uQ4BOB++4+79nI8mX+m/sp1wUvsvRqy+D70F/OnNBn1DvQomszUOWCczlaonD4tj
GrrGmWzhCwhpNfT54DkjiS2FIEsTnA4yY6R5I/PbcanJIgNP4LskL3AHUX0gXHfw
4QIDAQAB
-----END PUBLIC KEY-----
`,
  certificatePem: `-----BEGIN CERTIFICATE-----
MIIDdDCCAlwCEQDBKSC4NU6pikzDUcDFR6eKMA0GCSqGSIb3DQEBCwUAMHcxOjA4
BgNVBAMMMVdlQ2hhdCBwbGF0Zm9ybSBjZXJ0aWZpY2F0ZSAoZW11bGF0ZWQsIHRl
c3Qgb25seSkxKTAnBgNVBAoMIG5lc3Rqcy13ZWNoYXQtbG9naXN0aWNzIGVtdWxh
dG9yMQ4wDAYDVQQLDAVXeGdNcDAgFw0yMDAxMDEwMDAwMDBaGA8yMTAwMDEwMTAw
MDAwMFowdzE6MDgGA1UEAwwxV2VDaGF0IHBsYXRmb3JtIGNlcnRpZmljYXRlIChl
bXVsYXRlZCwgdGVzdCBvbmx5KTEpMCcGA1UECgwgbmVzdGpzLXdlY2hhdC1sb2dp
c3RpY3MgZW11bGF0b3IxDjAMBgNVBAsMBVd4Z01wMIIBIjANBgkqhkiG9w0BAQEF
AAOCAQ8AMIIBCgKCAQEAmvMdFQL1Sd/rdHWlqR0IudVpJpFXX7rOVQgQkG4lk7u8
0gIx6rmRFVf3ViQBa/Yi5eOVM8ADW3PHDqGrilx9+hDe6sgLpdap0gQoLPUUBxih
MmQopKf2Zh97AyCmKl+NOjst4AAg7oZHXnfoPuYzoIdXl/t8gOrdNUUANuZLN7Kv
SUV1cRDUD59Jb20jHpw+gvYgXF6UOs4WiQ9FP6fhuQ4BOB++4+79nI8mX+m/sp1w
UvsvRqy+D70F/OnNBn1DvQomszUOWCczlaonD4tjGrrGmWzhCwhpNfT54DkjiS2F
IEsTnA4yY6R5I/PbcanJIgNP4LskL3AHUX0gXHfw4QIDAQABMA0GCSqGSIb3DQEB
CwUAA4IBAQBxw1RcJv+zSGTqgG5OD/44sWpuBpI6OYrvkRXgYFFxH2dPJuAP0snf
DV5YVZw3V6hDU/vrxvUC8olil6yF3GxjlS9AliDs2LhklqYMttN8rPWT7C1mRJxk
P8g4qBYG2xeIJ47Yg76sXlyhIpkN5jXp1Ck89TxNGbYpsE41k0EZoLFDfEv/OciZ
GFMTQqOUj42YISZgfaO5RJ6OITAkR2cfIusMAKqCktRA0dIND0DKrmEExfKDtms/
h/l3GQJ9FcIJr4ruRGDHe0k7B7bY31wn6eu5anJDZXLbWZfolKrJN81v3Gj8KgmF
5BJANaJTohaF2QGnux/TbJbicYJvyUJE
-----END CERTIFICATE-----
`,
};
