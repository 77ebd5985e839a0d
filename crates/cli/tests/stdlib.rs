//! The library's `sys` beyond what the corpus (which passes no arguments)
//! can show: `sys.argv` under `multigen run prog.py ARGS` (the script as
//! given, then the arguments) and in an executable (its argv as invoked),
//! and `sys.exit`'s status and message in both; `os.environ` and
//! `os.getenv` of variables the test sets, and `os.getcwd` of the
//! directory it runs in.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn multigen() -> Command {
    Command::new(env!("CARGO_BIN_EXE_multigen"))
}

/// A fresh directory for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("multigen-stdlib-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const ARGV: &str = "import sys\n\nprint(sys.argv)\nprint(len(sys.argv[1]), sys.argv[1:])\nif len(sys.argv) > 3:\n    sys.exit(sys.argv[3])\nsys.exit(len(sys.argv))\n";

fn write_prog(dir: &Path) -> PathBuf {
    let p = dir.join("args.py");
    std::fs::write(&p, ARGV).unwrap();
    p
}

fn check(out: &Output, stdout: &str, status: i32, stderr: &str) {
    assert_eq!(text(&out.stdout), stdout, "stderr: {}", text(&out.stderr));
    assert_eq!(out.status.code(), Some(status));
    assert_eq!(text(&out.stderr), stderr);
}

#[test]
fn argv_and_exit_under_jit() {
    let dir = scratch("jit");
    write_prog(&dir);
    // The script as given on the command line, relative to the cwd.
    let out = multigen()
        .args(["run", "args.py", "héllo", "two words"])
        .current_dir(&dir)
        .output()
        .unwrap();
    check(
        &out,
        "['args.py', 'héllo', 'two words']\n5 ['héllo', 'two words']\n",
        3,
        "",
    );
    // Arguments that look like options follow `--`; a string status is
    // printed on stderr with status 1.
    let out = multigen()
        .args(["run", "args.py", "--", "-x", "y", "stop here"])
        .current_dir(&dir)
        .output()
        .unwrap();
    check(
        &out,
        "['args.py', '-x', 'y', 'stop here']\n2 ['-x', 'y', 'stop here']\n",
        1,
        "stop here\n",
    );
}

#[test]
fn argv_and_exit_in_an_executable() {
    let dir = scratch("aot");
    let prog = write_prog(&dir);
    let exe = dir.join("args");
    let build = multigen()
        .arg("build")
        .arg(&prog)
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", text(&build.stderr));
    let out = Command::new("./args")
        .args(["-v", "b"])
        .current_dir(&dir)
        .output()
        .unwrap();
    check(&out, "['./args', '-v', 'b']\n2 ['-v', 'b']\n", 3, "");
    let out = Command::new(&exe).args(["a", "b", "bye"]).output().unwrap();
    let shown = format!("{:?}", exe.display().to_string());
    let shown = shown.trim_matches('"');
    check(
        &out,
        &format!("['{shown}', 'a', 'b', 'bye']\n1 ['a', 'b', 'bye']\n"),
        1,
        "bye\n",
    );
}

const ENVIRON: &str = "import os\n\nprint(os.environ['MG_OS_TEST'], os.getenv('MG_OS_TEST', 'no'))\nprint(repr(os.getenv('MG_OS_EMPTY')), 'MG_OS_UNSET' in os.environ)\nprint(os.getcwd() == os.path.abspath('.'), os.path.basename(os.getcwd()))\n";

#[test]
fn environ_and_cwd_under_jit_and_in_an_executable() {
    let dir = scratch("environ");
    let prog = dir.join("env.py");
    std::fs::write(&prog, ENVIRON).unwrap();
    let base = dir.file_name().unwrap().to_string_lossy().into_owned();
    let expected = format!("vâlue = 1 vâlue = 1\n'' False\nTrue {base}\n");
    let run = |cmd: &mut Command| {
        cmd.current_dir(&dir)
            .env("MG_OS_TEST", "vâlue = 1")
            .env("MG_OS_EMPTY", "")
            .env_remove("MG_OS_UNSET")
            .output()
            .unwrap()
    };
    let out = run(multigen().args(["run", "env.py"]));
    check(&out, &expected, 0, "");
    let exe = dir.join("env");
    let build = multigen()
        .arg("build")
        .arg(&prog)
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap();
    assert!(build.status.success(), "{}", text(&build.stderr));
    let out = run(&mut Command::new(&exe));
    check(&out, &expected, 0, "");
}
