/* Hand-written C counterpart of benchmarks/matmul.py, for comparison. */
#include <stdio.h>
#include <stdlib.h>

static double **make(int n, long long seed) {
    double **m = malloc(n * sizeof *m);
    long long x = seed;
    for (int i = 0; i < n; i++) {
        m[i] = malloc(n * sizeof **m);
        for (int j = 0; j < n; j++) {
            x = (x * 1103515245LL + 12345) % 2147483648LL;
            m[i][j] = (double)(x % 1000) / 1000.0 - 0.5;
        }
    }
    return m;
}

static double **matmul(double **a, double **b, int n) {
    double **c = malloc(n * sizeof *c);
    for (int i = 0; i < n; i++) {
        double *ai = a[i];
        double *ci = calloc(n, sizeof *ci);
        for (int k = 0; k < n; k++) {
            double aik = ai[k];
            double *bk = b[k];
            for (int j = 0; j < n; j++)
                ci[j] += aik * bk[j];
        }
        c[i] = ci;
    }
    return c;
}

int main(void) {
    int n = 180;
    double **a = make(n, 1);
    double **b = make(n, 2);
    double **c = matmul(a, b, n);
    double **d = matmul(c, a, n);
    double trace = 0.0;
    for (int i = 0; i < n; i++)
        trace += d[i][i];
    double total = 0.0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            total += c[i][j];
    printf("n = %d\n", n);
    printf("c[0][0] = %.6f\n", c[0][0]);
    printf("c[n-1][n-1] = %.6f\n", c[n - 1][n - 1]);
    printf("sum(c) = %.6f\n", total);
    printf("trace(c*a) = %.6f\n", trace);
    return 0;
}
