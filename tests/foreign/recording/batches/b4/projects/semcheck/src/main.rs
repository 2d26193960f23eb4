use semver::{Version, VersionReq};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 2 {
        eprintln!("usage: semcheck VERSION REQUIREMENT");
        std::process::exit(2);
    }
    let version = Version::parse(&args[0]).expect("bad version");
    let req = VersionReq::parse(&args[1]).expect("bad requirement");
    let mut buf = itoa::Buffer::new();
    let major = buf.format(version.major);
    println!("{} (major {}) matches {:?}: {}", version, major, args[1], req.matches(&version));
}
