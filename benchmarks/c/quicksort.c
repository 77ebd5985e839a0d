/* Hand-written C counterpart of benchmarks/quicksort.py, for comparison. */
#include <stdio.h>
#include <stdlib.h>

static long *lcg_list(long n, long long seed) {
    long *xs = malloc(n * sizeof *xs);
    long long x = seed;
    for (long k = 0; k < n; k++) {
        x = (x * 1103515245LL + 12345) % 2147483648LL;
        xs[k] = (long)(x % 1000000);
    }
    return xs;
}

static void quicksort(long *xs, long lo, long hi) {
    if (lo >= hi)
        return;
    long pivot = xs[(lo + hi) / 2];
    long i = lo, j = hi;
    while (i <= j) {
        while (xs[i] < pivot)
            i++;
        while (xs[j] > pivot)
            j--;
        if (i <= j) {
            long t = xs[i];
            xs[i] = xs[j];
            xs[j] = t;
            i++;
            j--;
        }
    }
    quicksort(xs, lo, j);
    quicksort(xs, i, hi);
}

static int is_sorted(const long *xs, long n) {
    for (long k = 1; k < n; k++)
        if (xs[k - 1] > xs[k])
            return 0;
    return 1;
}

int main(void) {
    long n = 40000;
    int rounds = 9;
    long long checksum = 0;
    for (int r = 0; r < rounds; r++) {
        long *xs = lcg_list(n, r + 1);
        quicksort(xs, 0, n - 1);
        int ok = is_sorted(xs, n);
        long long weighted = 0;
        for (long k = 0; k < n; k += 97)
            weighted = (weighted * 31 + xs[k]) % 1000000007LL;
        checksum = (checksum + weighted) % 1000000007LL;
        printf("round %d sorted %s min %ld median %ld max %ld hash %lld\n", r, ok ? "True" : "False", xs[0],
               xs[n / 2], xs[n - 1], weighted);
        free(xs);
    }
    printf("checksum %lld\n", checksum);
    return 0;
}
