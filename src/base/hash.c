/* hash.c -- FNV-1a and the ISO3 slot (hash.h). */
#include "base/hash.h"

uint64_t hash_bytes(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 14695981039346656037u;         /* FNV-1a offset basis */
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211u;                    /* FNV-1a prime */
    }
    return h;
}

int hash_iso3(const char *p, size_t n)
{
    if (n != 3)
        return -1;
    for (size_t i = 0; i < 3; i++)
        if (p[i] < 'A' || p[i] > 'Z')
            return -1;
    return ((p[0] - 'A') * 26 + (p[1] - 'A')) * 26 + (p[2] - 'A');
}
