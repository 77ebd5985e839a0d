/* Hand-written C counterpart of benchmarks/dict_ops.py, for comparison: an open-addressing
   int -> int hash map with tombstones, plus a key array where Python relies on insertion order. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { EMPTY, FULL, DELETED };

typedef struct {
    int64_t *keys, *vals;
    unsigned char *state;
    size_t cap, live, used; /* used = live + tombstones */
} Map;

static size_t slot_of(int64_t k, size_t cap) {
    uint64_t h = (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 17) & (cap - 1);
}

static void map_init(Map *m, size_t cap) {
    m->keys = malloc(cap * sizeof *m->keys);
    m->vals = malloc(cap * sizeof *m->vals);
    m->state = calloc(cap, 1);
    m->cap = cap;
    m->live = m->used = 0;
}

static void map_free(Map *m) {
    free(m->keys);
    free(m->vals);
    free(m->state);
}

static void map_set(Map *m, int64_t k, int64_t v);

static void map_resize(Map *m, size_t cap) {
    Map n;
    map_init(&n, cap);
    for (size_t i = 0; i < m->cap; i++)
        if (m->state[i] == FULL)
            map_set(&n, m->keys[i], m->vals[i]);
    map_free(m);
    *m = n;
}

static long map_find(const Map *m, int64_t k) {
    size_t i = slot_of(k, m->cap);
    while (m->state[i] != EMPTY) {
        if (m->state[i] == FULL && m->keys[i] == k)
            return (long)i;
        i = (i + 1) & (m->cap - 1);
    }
    return -1;
}

static void map_set(Map *m, int64_t k, int64_t v) {
    long f = map_find(m, k);
    if (f >= 0) {
        m->vals[f] = v;
        return;
    }
    if ((m->used + 1) * 3 > m->cap * 2)
        map_resize(m, m->live * 4 > m->cap ? m->cap * 2 : m->cap);
    size_t i = slot_of(k, m->cap);
    while (m->state[i] == FULL)
        i = (i + 1) & (m->cap - 1);
    if (m->state[i] == EMPTY)
        m->used++;
    m->state[i] = FULL;
    m->keys[i] = k;
    m->vals[i] = v;
    m->live++;
}

static int64_t map_pop(Map *m, int64_t k) {
    long f = map_find(m, k);
    if (f < 0) {
        fprintf(stderr, "KeyError: %lld\n", (long long)k);
        exit(1);
    }
    m->state[f] = DELETED;
    m->live--;
    return m->vals[f];
}

int main(void) {
    int64_t n = 60000;
    int rounds = 8;
    int64_t grand = 0;
    int64_t *even_keys = malloc(n * sizeof *even_keys);
    for (int r = 0; r < rounds; r++) {
        Map d, even;
        map_init(&d, 8);
        for (int64_t i = 0; i < n; i++)
            map_set(&d, i, (i * 2654435761LL + r) % 1000003);
        map_init(&even, 8);
        size_t ne = 0;
        for (int64_t i = 0; i < n; i++) { /* d's insertion order is 0..n-1 */
            int64_t v = d.vals[map_find(&d, i)];
            if (v % 2 == 0) {
                map_set(&even, i, v);
                even_keys[ne++] = i;
            }
        }
        int64_t total = 0;
        for (size_t s = 0; s < d.cap; s++)
            if (d.state[s] == FULL)
                total += d.vals[s];
        for (int64_t i = n; i < n + n / 2; i++)
            map_set(&d, 3 * i - 2 * n, i % 1000);
        int64_t hits = 0, found = 0;
        for (int64_t i = 0; i < 2 * n; i += 3) {
            long f = map_find(&d, i);
            if (f >= 0) {
                hits += 1;
                found += d.vals[f];
            }
        }
        for (int64_t i = 0; i < n; i += 2)
            map_pop(&d, i);
        int64_t misses = 0;
        for (int64_t i = 0; i < n; i += 7) {
            long f = map_find(&d, i);
            misses += f >= 0 ? d.vals[f] : -1;
        }
        for (size_t k = 0; k < ne; k += 3)
            map_pop(&even, even_keys[k]);
        int64_t rest = 0;
        for (size_t s = 0; s < even.cap; s++)
            if (even.state[s] == FULL)
                rest += even.keys[s] % 10 * even.vals[s];
        grand += total % 1000 + hits + found % 1000 + misses + rest % 1000;
        printf("round %d len %zu even %zu total %lld hits %lld found %lld misses %lld rest %lld\n", r, d.live,
               even.live, (long long)total, (long long)hits, (long long)found, (long long)misses,
               (long long)rest);
        map_free(&d);
        map_free(&even);
    }
    printf("grand %lld\n", (long long)grand);
    return 0;
}
