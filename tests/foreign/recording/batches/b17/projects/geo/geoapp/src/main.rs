use geomath::distance;

fn main() {
    let berlin = (52.52, 13.405);
    let lisbon = (38.722, -9.139);
    println!("Berlin -> Lisbon: {:.0} km", distance(berlin, lisbon));
}
