/* Hand-written C counterpart of benchmarks/list_ops.py, for comparison. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    long n = 120000;
    int rounds = 14;
    long long grand = 0;
    long long *xs = malloc(n * sizeof *xs);
    long long *ys = malloc(n * sizeof *ys);
    long long *zs = malloc(n * sizeof *zs);
    long long *prefix = malloc((n + 1) * sizeof *prefix);
    long long *pairs = malloc(n * sizeof *pairs);
    for (int r = 0; r < rounds; r++) {
        for (long i = 0; i < n; i++)
            xs[i] = (i * 7 + r * 13) % 1000;
        long m = 0;
        for (long i = 0; i < n; i++)
            if (xs[i] % 3 == 0)
                ys[m++] = xs[i] * xs[i];
        long nz = 0;
        for (long k = 0; k < m; k++) {
            if (ys[k] % 2 == 0)
                zs[nz++] = ys[k] / 2;
            else
                zs[nz++] = ys[m - 1 - k] % 100;
        }
        prefix[0] = 0;
        for (long k = 0; k < nz; k++)
            prefix[k + 1] = prefix[k] + zs[k];
        long long window = 0;
        for (long k = 50; k < nz + 1; k++) {
            long long w = prefix[k] - prefix[k - 50];
            if (w > window)
                window = w;
        }
        long np = 0;
        for (long k = 1; k < n; k += 5)
            pairs[np++] = xs[k] - xs[k - 1];
        long long tail = 0;
        for (long k = n - 1000; k < n; k++)
            tail += xs[k];
        for (long k = 0; k < np; k++)
            tail += pairs[k];
        grand += prefix[nz] % 1000003 + window + tail;
        printf("round %d len(ys) %ld sum(zs) %lld window %lld tail %lld\n", r, m, prefix[nz], window, tail);
    }
    printf("total %lld\n", grand);
    return 0;
}
