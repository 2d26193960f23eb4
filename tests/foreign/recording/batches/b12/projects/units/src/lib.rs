//! Length conversions for the `units` command line tool.

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Unit {
    Millimetre,
    Centimetre,
    Metre,
    Inch,
    Foot,
}

impl Unit {
    pub fn parse(s: &str) -> Option<Unit> {
        match s {
            "mm" => Some(Unit::Millimetre),
            "cm" => Some(Unit::Centimetre),
            "m" => Some(Unit::Metre),
            "in" => Some(Unit::Inch),
            "ft" => Some(Unit::Foot),
            _ => None,
        }
    }

    /// How many metres one of this unit is.
    fn metres(self) -> f64 {
        match self {
            Unit::Millimetre => 0.001,
            Unit::Centimetre => 0.01,
            Unit::Metre => 1.0,
            Unit::Inch => 0.0245,
            Unit::Foot => 0.3048,
        }
    }
}

pub fn convert(value: f64, from: Unit, to: Unit) -> f64 {
    value * from.metres() / to.metres()
}

#[cfg(feature = "json")]
pub fn to_json(value: f64, from: &str, result: f64, to: &str) -> String {
    format!(
        "{{\"input\":{{\"value\":{},\"unit\":\"{}\"}},\"output\":{{\"value\":{:.4},\"unit\":\"{}\"}}}}",
        value, from, result, to
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn metres_to_centimetres() {
        assert!(close(convert(1.5, Unit::Metre, Unit::Centimetre), 150.0));
    }

    #[test]
    fn inches_to_centimetres() {
        let got = convert(12.0, Unit::Inch, Unit::Centimetre);
        assert!(close(got, 30.48), "12 in should be 30.48 cm, got {}", got);
    }

    #[test]
    fn feet_to_inches() {
        let got = convert(1.0, Unit::Foot, Unit::Inch);
        assert!(close(got, 12.0), "1 ft should be 12 in, got {}", got);
    }
}
