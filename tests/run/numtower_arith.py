# Arithmetic on ints kept in float slots: int op int stays an int, `/`
# and mixed operations give floats, as CPython computes them.


def show(label: str, v: float) -> None:
    print(label, v, type(v).__name__)


a: float = 7
b: float = 2
h: float = 0.5
n = 3
show("a+b", a + b)
show("a-b", a - b)
show("a*b", a * b)
show("a/b", a / b)
show("a//b", a // b)
show("a%b", a % b)
show("a**b", a**b)
show("b**-1", b**-1)
show("a**-n", a ** -n)
show("-a", -a)
show("abs(-a)", abs(-a))
show("a+h", a + h)
show("a*h", a * h)
show("a//h", a // h)
show("a%h", a % h)
show("a**h", a**h)
show("a+n", a + n)
show("n-a", n - a)
show("a*3", a * 3)
show("a//3", a // 3)
show("-7//b", -7 // b)
show("-7%b", -7 % b)
show("a%-3", a % -3)
show("3/a", 3 / a)
show("a+1.5", a + 1.5)
show("True+a", True + a)
q, r = divmod(a, b)
print(q, r, divmod(a, 3), divmod(-a, 2), divmod(a, h), divmod(2.5, b))
c: float = 10
c += 1
show("c+=1", c)
c *= 2
show("c*=2", c)
c /= 4
show("c/=4", c)
c = 3
c -= 0.5
show("c-=0.5", c)
acc: float = 0
for i in range(5):
    acc += i
show("acc", acc)
big: float = 2**40
show("big*2", big * 2)
show("big/3", big / 3)
nan = float("nan")
show("nan+a", nan + a)
inf = float("inf")
show("inf-a", inf - a)
show("inf-inf", inf - inf)
