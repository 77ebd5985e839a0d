/* Hand-written C counterpart of benchmarks/set_ops.py, for comparison: an open-addressing
   hash set of ints with tombstones, and the set algebra written out as loops. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

enum { EMPTY, FULL, DELETED };

typedef struct {
    int64_t *keys;
    unsigned char *state;
    size_t cap, live, used;
} Set;

static size_t slot_of(int64_t k, size_t cap) {
    uint64_t h = (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 17) & (cap - 1);
}

static void set_init(Set *s, size_t cap) {
    s->keys = malloc(cap * sizeof *s->keys);
    s->state = calloc(cap, 1);
    s->cap = cap;
    s->live = s->used = 0;
}

static void set_free(Set *s) {
    free(s->keys);
    free(s->state);
}

static int set_has(const Set *s, int64_t k) {
    size_t i = slot_of(k, s->cap);
    while (s->state[i] != EMPTY) {
        if (s->state[i] == FULL && s->keys[i] == k)
            return 1;
        i = (i + 1) & (s->cap - 1);
    }
    return 0;
}

static void set_add(Set *s, int64_t k);

static void set_resize(Set *s, size_t cap) {
    Set n;
    set_init(&n, cap);
    for (size_t i = 0; i < s->cap; i++)
        if (s->state[i] == FULL)
            set_add(&n, s->keys[i]);
    set_free(s);
    *s = n;
}

static void set_add(Set *s, int64_t k) {
    if (set_has(s, k))
        return;
    if ((s->used + 1) * 3 > s->cap * 2)
        set_resize(s, s->live * 4 > s->cap ? s->cap * 2 : s->cap);
    size_t i = slot_of(k, s->cap);
    while (s->state[i] == FULL)
        i = (i + 1) & (s->cap - 1);
    if (s->state[i] == EMPTY)
        s->used++;
    s->state[i] = FULL;
    s->keys[i] = k;
    s->live++;
}

static void set_discard(Set *s, int64_t k) {
    size_t i = slot_of(k, s->cap);
    while (s->state[i] != EMPTY) {
        if (s->state[i] == FULL && s->keys[i] == k) {
            s->state[i] = DELETED;
            s->live--;
            return;
        }
        i = (i + 1) & (s->cap - 1);
    }
}

/* out = a | b, a & b, a - b, a ^ b */
static Set set_union(const Set *a, const Set *b) {
    Set o;
    set_init(&o, 8);
    for (size_t i = 0; i < a->cap; i++)
        if (a->state[i] == FULL)
            set_add(&o, a->keys[i]);
    for (size_t i = 0; i < b->cap; i++)
        if (b->state[i] == FULL)
            set_add(&o, b->keys[i]);
    return o;
}

static Set set_inter(const Set *a, const Set *b) {
    Set o;
    set_init(&o, 8);
    for (size_t i = 0; i < a->cap; i++)
        if (a->state[i] == FULL && set_has(b, a->keys[i]))
            set_add(&o, a->keys[i]);
    return o;
}

static Set set_diff(const Set *a, const Set *b) {
    Set o;
    set_init(&o, 8);
    for (size_t i = 0; i < a->cap; i++)
        if (a->state[i] == FULL && !set_has(b, a->keys[i]))
            set_add(&o, a->keys[i]);
    return o;
}

static Set set_sym(const Set *a, const Set *b) {
    Set o = set_diff(a, b);
    for (size_t i = 0; i < b->cap; i++)
        if (b->state[i] == FULL && !set_has(a, b->keys[i]))
            set_add(&o, b->keys[i]);
    return o;
}

static int set_eq(const Set *a, const Set *b) {
    if (a->live != b->live)
        return 0;
    for (size_t i = 0; i < a->cap; i++)
        if (a->state[i] == FULL && !set_has(b, a->keys[i]))
            return 0;
    return 1;
}

int main(void) {
    int64_t n = 50000;
    int rounds = 7;
    int64_t grand = 0;
    for (int r = 0; r < rounds; r++) {
        Set a, b, c, small;
        set_init(&a, 8);
        for (int64_t i = 0; i < n; i++)
            set_add(&a, (i * 37 + r) % 100003);
        set_init(&b, 8);
        for (int64_t i = 0; i < n; i++)
            if (i % 3 != 0)
                set_add(&b, (i * 91 + 2 * r) % 100003);
        Set u = set_union(&a, &b), inter = set_inter(&a, &b), diff = set_diff(&a, &b), sym = set_sym(&a, &b);
        Set u2 = set_union(&a, &b), i2 = set_inter(&a, &b);
        int64_t member = 0;
        for (int64_t x = 0; x < 100003; x += 2) {
            if (set_has(&a, x))
                member += 1;
            if (!set_has(&b, x))
                member += 2;
        }
        set_init(&c, 8);
        for (int64_t x = 0; x < n; x++)
            set_add(&c, x * x % 65537);
        for (int64_t x = 0; x < 65537; x += 5)
            set_discard(&c, x);
        set_init(&small, 8);
        for (size_t i = 0; i < inter.cap; i++)
            if (inter.state[i] == FULL && inter.keys[i] % 10 == 0)
                set_add(&small, inter.keys[i]);
        int64_t s = 0;
        for (size_t i = 0; i < small.cap; i++)
            if (small.state[i] == FULL)
                s += small.keys[i];
        int same = set_eq(&u, &u2) && set_eq(&inter, &i2);
        printf("round %d a %zu b %zu union %zu inter %zu diff %zu sym %zu same %s member %lld c %zu small %zu %lld\n",
               r, a.live, b.live, u.live, inter.live, diff.live, sym.live, same ? "True" : "False",
               (long long)member, c.live, small.live, (long long)s);
        grand += (int64_t)u.live + (int64_t)inter.live + member + (int64_t)c.live + s % 1000;
        set_free(&a), set_free(&b), set_free(&c), set_free(&small), set_free(&u), set_free(&inter);
        set_free(&diff), set_free(&sym), set_free(&u2), set_free(&i2);
    }
    printf("grand %lld\n", (long long)grand);
    return 0;
}
