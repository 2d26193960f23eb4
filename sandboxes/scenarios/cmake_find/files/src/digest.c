/* digest.c: --sha256 prints the SHA-256 of each input (built only WITH_OPENSSL). */
#include <stdio.h>
#include <openssl/evp.h>

#include "digest.h"

int print_sha256(const char *path)
{
    unsigned char buffer[8192], digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    FILE *in = fopen(path, "rb");
    if (in == NULL)
        return -1;
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context, EVP_sha256(), NULL);
    size_t got;
    while ((got = fread(buffer, 1, sizeof buffer, in)) > 0)
        EVP_DigestUpdate(context, buffer, got);
    EVP_DigestFinal_ex(context, digest, &length);
    EVP_MD_CTX_free(context);
    fclose(in);
    for (unsigned int i = 0; i < length; i++)
        printf("%02x", digest[i]);
    printf("  %s\n", path);
    return 0;
}
