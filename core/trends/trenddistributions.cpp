#include "trends/trenddistributions.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

// Above this many degrees of freedom t and the normal agree to better than 1e-5 at the 99.9%
// quantile, and the series below would need nu/2 terms.
constexpr int kNormalBeyond = 100000;

double acklam(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > 1 - low) {
        const double q = std::sqrt(-2 * std::log1p(-p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

// P(|T| < t) for t >= 0, Abramowitz & Stegun 26.7.3 (odd nu) and 26.7.4 (even nu).
double studentTCentral(double t, int nu)
{
    const double theta = std::atan(t / std::sqrt(double(nu)));
    const double s = std::sin(theta);
    const double c2 = std::cos(theta) * std::cos(theta);
    if (nu % 2 == 1) {
        double sum = 0;
        if (nu > 1) {
            // cos + 2/3 cos^3 + (2*4)/(3*5) cos^5 + ... up to cos^(nu-2)
            double term = std::cos(theta);
            sum = term;
            for (int k = 3; k <= nu - 2; k += 2) {
                term *= c2 * double(k - 1) / k;
                sum += term;
            }
        }
        return 2 / std::numbers::pi * (theta + s * sum);
    }
    // 1 + 1/2 cos^2 + (1*3)/(2*4) cos^4 + ... up to cos^(nu-2)
    double term = 1;
    double sum = 1;
    for (int k = 2; k <= nu - 2; k += 2) {
        term *= c2 * double(k - 1) / k;
        sum += term;
    }
    return s * sum;
}

} // namespace

double TrendDistributions::normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double TrendDistributions::normalTwoSidedP(double z)
{
    return std::min(1.0, std::erfc(std::abs(z) / std::numbers::sqrt2));
}

double TrendDistributions::normalQuantile(double p)
{
    p = std::clamp(p, 1e-300, 1 - 1e-16);
    double x = acklam(p);
    // One Halley step on the exact CDF.
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    x -= u / (1 + x * u / 2);
    return x;
}

double TrendDistributions::studentTCdf(double t, int degreesOfFreedom)
{
    const int nu = std::max(1, degreesOfFreedom);
    if (nu > kNormalBeyond)
        return normalCdf(t);
    const double central = studentTCentral(std::abs(t), nu);
    return t >= 0 ? 0.5 + central / 2 : 0.5 - central / 2;
}

double TrendDistributions::studentTQuantileCornishFisher(double p, int degreesOfFreedom)
{
    const double nu = std::max(1, degreesOfFreedom);
    const double z = normalQuantile(p);
    const double z2 = z * z;
    const double z3 = z2 * z, z5 = z3 * z2, z7 = z5 * z2, z9 = z7 * z2;
    return z + (z3 + z) / (4 * nu) + (5 * z5 + 16 * z3 + 3 * z) / (96 * nu * nu) +
           (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * nu * nu * nu) +
           (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * nu * nu * nu * nu);
}

double TrendDistributions::studentTQuantile(double p, int degreesOfFreedom)
{
    const int nu = std::max(1, degreesOfFreedom);
    p = std::clamp(p, 1e-300, 1 - 1e-16);
    if (p == 0.5)
        return 0;
    if (nu > kNormalBeyond)
        return normalQuantile(p);
    if (nu == 1)
        return std::tan(std::numbers::pi * (p - 0.5));
    if (nu == 2)
        return (2 * p - 1) / std::sqrt(2 * p * (1 - p));

    // Solve for the upper tail and mirror: the t distribution is symmetric.
    const double upper = std::max(p, 1 - p);
    const double guess = std::max(0.0, studentTQuantileCornishFisher(upper, nu));
    double lo = 0;
    double hi = std::max(1.0, 2 * guess);
    while (studentTCdf(hi, nu) < upper && hi < 1e12)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-13 * std::max(1.0, hi); ++i) {
        const double mid = (lo + hi) / 2;
        (studentTCdf(mid, nu) < upper ? lo : hi) = mid;
    }
    const double t = (lo + hi) / 2;
    return p >= 0.5 ? t : -t;
}
