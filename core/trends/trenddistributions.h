#pragma once

// The two distributions the trend statistics need, without a statistics library.
// - Normal: the CDF from std::erfc; the quantile by Acklam's rational approximation (relative
//   error 1.15e-9) polished by one Halley step on the CDF, so it is exact to double precision.
// - Student's t with integer degrees of freedom: the CDF in closed form (Abramowitz & Stegun
//   26.7.3 / 26.7.4: a finite trigonometric series in theta = atan(t / sqrt(nu))); the quantile by
//   bisection on that CDF, started from the Cornish-Fisher expansion around the normal quantile.
//   Exact (to 1e-12) for every nu instead of an approximation that is poor at 1-3 degrees of
//   freedom, which is where short series live.
// Thread: stateless, any thread.
class TrendDistributions
{
public:
    static double normalCdf(double x);
    // p is clamped to [1e-300, 1 - 1e-16]: the forecast never asks for the extreme tails.
    static double normalQuantile(double p);
    // Two-sided p-value of a standard normal score: P(|Z| >= |z|).
    static double normalTwoSidedP(double z);

    // Degrees of freedom below 1 are treated as 1.
    static double studentTCdf(double t, int degreesOfFreedom);
    static double studentTQuantile(double p, int degreesOfFreedom);

    // The Cornish-Fisher expansion alone (four terms): kept public so the tests can show why it
    // is only a starting point at small nu.
    static double studentTQuantileCornishFisher(double p, int degreesOfFreedom);
};
