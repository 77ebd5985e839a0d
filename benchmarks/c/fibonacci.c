/* Hand-written C counterpart of benchmarks/fibonacci.py, for comparison. */
#include <stdio.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    long total = 0;
    for (long n = 0; n < 30; n++) {
        long value = fib(n);
        total += value;
        printf("fib(%ld) = %ld\n", n, value);
    }
    printf("total = %ld\n", total);
    return 0;
}
