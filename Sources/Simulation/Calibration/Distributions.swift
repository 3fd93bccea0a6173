import Foundation

/// The few distributions the calibration's tests need.
enum Distributions {
    /// P(Z > z) for a standard normal Z.
    static func normalUpperTail(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }

    /// P(X > x) for X chi-square with `degrees` degrees of freedom: the regularized upper
    /// incomplete gamma Q(k/2, x/2), by its series below a + 1 and its continued fraction above
    /// (Numerical Recipes, §6.2).
    static func chiSquareUpperTail(_ x: Double, degrees: Int) -> Double {
        guard x > 0, degrees > 0 else { return 1 }
        let a = Double(degrees) / 2
        let y = x / 2
        let logPrefix = -y + a * log(y) - lgamma(a)
        if y < a + 1 {
            var term = 1 / a
            var sum = term
            var n = a
            for _ in 0..<500 {
                n += 1
                term *= y / n
                sum += term
                if abs(term) < abs(sum) * 1e-15 { break }
            }
            return max(0, min(1, 1 - sum * exp(logPrefix)))
        }
        var b = y + 1 - a
        var c = 1 / 1e-300
        var d = 1 / b
        var h = d
        for index in 1..<500 {
            let an = -Double(index) * (Double(index) - a)
            b += 2
            d = an * d + b
            if abs(d) < 1e-300 { d = 1e-300 }
            c = b + an / c
            if abs(c) < 1e-300 { c = 1e-300 }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return max(0, min(1, exp(logPrefix) * h))
    }

    /// Holm's step-down adjustment of p-values (same order as given).
    static func holm(_ pValues: [Double]) -> [Double] {
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        var adjusted = [Double](repeating: 1, count: pValues.count)
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, Double(pValues.count - rank) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
