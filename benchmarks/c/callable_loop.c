/* Hand-written C counterpart of benchmarks/callable_loop.py: the call goes
   through a function pointer. */
#include <stdio.h>

static long step(long x) { return (x * 1103515245L + 12345) % 2147483648L; }

static long run(long (*f)(long), long n) {
    long x = 1, total = 0;
    for (long i = 0; i < n; i++) {
        x = f(x);
        total += x & 255;
    }
    return total;
}

int main(void) {
    long (*volatile f)(long) = step;
    printf("%ld\n", run(f, 5000000));
    return 0;
}
