/* Hand-written C counterpart of benchmarks/wordcount.py, for comparison. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *WORDS[] = {
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by",
    "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had",
    "they", "you", "were", "their", "one", "all", "we", "can", "her", "has", "there", "been", "if",
    "more", "when", "will", "would", "who", "so", "no", "compiler", "python", "native", "code", "fast",
};
#define NWORDS ((long long)(sizeof WORDS / sizeof WORDS[0]))
static const char *PUNCT[] = {"", "", "", "", ".", ",", ";", ""};
#define NPUNCT 8

typedef struct {
    char *buf;
    size_t len, cap;
} Str;

static void put(Str *s, const char *p, size_t n) {
    if (s->len + n + 1 > s->cap) {
        while (s->len + n + 1 > s->cap)
            s->cap = s->cap ? s->cap * 2 : 1024;
        s->buf = realloc(s->buf, s->cap);
    }
    memcpy(s->buf + s->len, p, n);
    s->len += n;
    s->buf[s->len] = 0;
}

static Str build_text(long n, long long seed) {
    Str s = {0};
    long long x = seed;
    char w[32];
    for (long i = 0; i < n; i++) {
        x = (x * 1103515245LL + 12345) % 2147483648LL;
        long long r = x / 65536;
        long long a = r % NWORDS;
        long long b = (r / 64) % NWORDS;
        strcpy(w, WORDS[a < b ? a : b]);
        size_t wl = strlen(w);
        if (r % 11 == 0) {
            w[0] = (char)toupper((unsigned char)w[0]);
        } else if (r % 29 == 0) {
            for (size_t k = 0; k < wl; k++)
                w[k] = (char)toupper((unsigned char)w[k]);
        }
        put(&s, w, wl);
        const char *p = PUNCT[(r / 4096) % NPUNCT];
        put(&s, p, strlen(p));
        put(&s, i % 13 == 12 ? "\n" : " ", 1);
    }
    return s;
}

typedef struct {
    char *word;
    long count;
} Entry;

typedef struct {
    Entry *slots;
    size_t cap, used;
} Table;

static unsigned long long hash(const char *s, size_t n) {
    unsigned long long h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

static void add(Table *t, const char *w, size_t n);

static void grow(Table *t) {
    Table bigger = {calloc(t->cap * 2, sizeof(Entry)), t->cap * 2, 0};
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].word) {
            size_t j = hash(t->slots[i].word, strlen(t->slots[i].word)) & (bigger.cap - 1);
            while (bigger.slots[j].word)
                j = (j + 1) & (bigger.cap - 1);
            bigger.slots[j] = t->slots[i];
            bigger.used++;
        }
    free(t->slots);
    *t = bigger;
}

static void add(Table *t, const char *w, size_t n) {
    if ((t->used + 1) * 2 > t->cap)
        grow(t);
    size_t j = hash(w, n) & (t->cap - 1);
    while (t->slots[j].word) {
        if (strlen(t->slots[j].word) == n && memcmp(t->slots[j].word, w, n) == 0) {
            t->slots[j].count++;
            return;
        }
        j = (j + 1) & (t->cap - 1);
    }
    t->slots[j].word = strndup(w, n);
    t->slots[j].count = 1;
    t->used++;
}

static int by_count_then_word(const void *pa, const void *pb) {
    const Entry *a = pa, *b = pb;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return strcmp(a->word, b->word);
}

static int is_strip(char c) { return c == '.' || c == ',' || c == ';'; }

int main(void) {
    Str text = build_text(480000, 42);
    Table t = {calloc(64, sizeof(Entry)), 64, 0};
    char w[64];
    size_t i = 0;
    while (i < text.len) {
        while (i < text.len && isspace((unsigned char)text.buf[i]))
            i++;
        size_t start = i;
        while (i < text.len && !isspace((unsigned char)text.buf[i]))
            i++;
        if (i == start)
            break;
        size_t n = i - start;
        for (size_t k = 0; k < n; k++)
            w[k] = (char)tolower((unsigned char)text.buf[start + k]);
        size_t lo = 0, hi = n;
        while (lo < hi && is_strip(w[lo]))
            lo++;
        while (hi > lo && is_strip(w[hi - 1]))
            hi--;
        if (hi > lo)
            add(&t, w + lo, hi - lo);
    }
    Entry *items = malloc(t.used * sizeof *items);
    size_t m = 0;
    long total = 0;
    for (size_t k = 0; k < t.cap; k++)
        if (t.slots[k].word) {
            items[m++] = t.slots[k];
            total += t.slots[k].count;
        }
    qsort(items, m, sizeof *items, by_count_then_word);
    printf("characters %zu\n", text.len);
    printf("words %ld unique %zu\n", total, m);
    for (size_t k = 0; k < m && k < 12; k++)
        printf("%-10s %7ld\n", items[k].word, items[k].count);
    printf("rarest %s %ld\n", items[m - 1].word, items[m - 1].count);
    return 0;
}
