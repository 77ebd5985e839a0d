use crate::float_repr::FloatRepr;
use crate::math::hypot;
use crate::num::*;
fn f(s: &str) -> f64 { f64::from_bits(u64::from_str_radix(s, 16).unwrap()) }
#[test]
fn fuzz_all() {
    let mut bad = 0;
    for line in std::fs::read_to_string("/tmp/fuzz_repr.txt").unwrap().lines() {
        let (b, r) = line.split_once(' ').unwrap();
        let x = f(b);
        if FloatRepr::new(x).as_str() != r { bad += 1; if bad < 10 { eprintln!("repr {r} got {}", FloatRepr::new(x).as_str()); } }
    }
    for line in std::fs::read_to_string("/tmp/fuzz_round.txt").unwrap().lines() {
        let v: Vec<&str> = line.split(' ').collect();
        let x = f(v[0]); let nd: i64 = v[1].parse().unwrap();
        let got = float_round(x, nd);
        let ok = match (v[2], &got) { ("OVF", Err(_)) => true, (s, Ok(g)) if s != "OVF" => g.to_bits() == f(s).to_bits(), _ => false };
        if !ok { bad += 1; if bad < 20 { eprintln!("round({x:e}, {nd}) want {} got {got:?}", v[2]); } }
    }
    for line in std::fs::read_to_string("/tmp/fuzz_hypot.txt").unwrap().lines() {
        let v: Vec<&str> = line.split(' ').collect();
        let (a, b, r) = (f(v[0]), f(v[1]), f(v[2]));
        if hypot(a, b).to_bits() != r.to_bits() { bad += 1; if bad < 30 { eprintln!("hypot({a:e},{b:e}) want {r:e} got {:e}", hypot(a,b)); } }
    }
    for line in std::fs::read_to_string("/tmp/fuzz_div.txt").unwrap().lines() {
        let v: Vec<&str> = line.split(' ').collect();
        let (a, b): (i64, i64) = (v[0].parse().unwrap(), v[1].parse().unwrap());
        let r = f(v[2]);
        if int_truediv(a, b).unwrap().to_bits() != r.to_bits() { bad += 1; if bad < 40 { eprintln!("{a}/{b} want {r:e}"); } }
    }
    for line in std::fs::read_to_string("/tmp/fuzz_fmod.txt").unwrap().lines() {
        let v: Vec<&str> = line.split(' ').collect();
        let (a, b, fd, m) = (f(v[0]), f(v[1]), f(v[2]), f(v[3]));
        if float_floordiv(a, b).unwrap().to_bits() != fd.to_bits() || float_mod(a, b).unwrap().to_bits() != m.to_bits() { bad += 1; if bad < 50 { eprintln!("{a:e} divmod {b:e}"); } }
    }
    assert_eq!(bad, 0);
}
