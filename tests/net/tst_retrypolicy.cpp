#include "net/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultRetryableStatuses_data();
    void defaultRetryableStatuses();
    void retryAfterSecondsAndDate_data();
    void retryAfterSecondsAndDate();
    void serverDelayIsCappedByMaxDelay();
    void backoffGrowsWithJitterWithinBounds();
    void rateLimitResetHeadersUsedOn429();
    void resetDurations_data();
    void resetDurations();
};

void TestRetryPolicy::defaultRetryableStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("200") << 200 << 0 << false << false;
    QTest::newRow("400") << 400 << 0 << false << false;
    QTest::newRow("401") << 401 << 0 << false << false;
    QTest::newRow("404") << 404 << 0 << false << false;
    QTest::newRow("408") << 408 << 0 << false << true;
    QTest::newRow("409") << 409 << 0 << false << true;
    QTest::newRow("429") << 429 << 0 << false << true;
    QTest::newRow("500") << 500 << 0 << false << true;
    QTest::newRow("501") << 501 << 0 << false << false;
    QTest::newRow("502") << 502 << 0 << false << true;
    QTest::newRow("503") << 503 << 0 << false << true;
    QTest::newRow("504") << 504 << 0 << false << true;
    QTest::newRow("timeout") << 0 << int(QNetworkReply::TimeoutError) << true << true;
    QTest::newRow("refused") << 0 << int(QNetworkReply::ConnectionRefusedError) << false << true;
    QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << false << true;
    QTest::newRow("no such host") << 0 << int(QNetworkReply::HostNotFoundError) << false << false;
    QTest::newRow("tls") << 0 << int(QNetworkReply::SslHandshakeFailedError) << false << false;
}

void TestRetryPolicy::defaultRetryableStatuses()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(bool, timedOut);
    QFETCH(bool, retryable);
    HttpResponse response;
    response.status = status;
    response.networkError = QNetworkReply::NetworkError(networkError);
    response.timedOut = timedOut;
    QCOMPARE(RetryPolicy::isRetryableByDefault(response), retryable);
    QCOMPARE(RetryPolicy().shouldRetry(response), retryable);

    response.cancelled = true; // a cancelled request is never retried
    QVERIFY(!RetryPolicy().shouldRetry(response));
}

void TestRetryPolicy::retryAfterSecondsAndDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("http date 41 s later")
        << QByteArray("Wed, 21 Oct 2015 07:28:41 GMT") << qint64(41000);
    QTest::newRow("http date in the past")
        << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
}

void TestRetryPolicy::retryAfterSecondsAndDate()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    HttpResponse response;
    response.status = 429;
    if (!header.isEmpty())
        response.headers.append({QByteArray("retry-after"), header});
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
    const auto delay = RetryPolicy::retryAfterMs(response, now);
    QCOMPARE(delay.value_or(-1), expectedMs);
}

void TestRetryPolicy::serverDelayIsCappedByMaxDelay()
{
    RetryPolicy policy;
    policy.maxDelayMs = 5000;
    HttpResponse response;
    response.status = 503;
    response.headers.append({QByteArray("Retry-After"), QByteArray("3600")});
    QCOMPARE(policy.delayBeforeAttempt(2, response), 5000);
    response.headers = {{QByteArray("Retry-After"), QByteArray("2")}};
    QCOMPARE(policy.delayBeforeAttempt(2, response), 2000);
}

void TestRetryPolicy::backoffGrowsWithJitterWithinBounds()
{
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    HttpResponse response;
    response.status = 503;
    for (int round = 0; round < 50; ++round) {
        const int first = policy.delayBeforeAttempt(2, response);
        QVERIFY2(first >= 50 && first <= 100, qPrintable(QString::number(first)));
        const int third = policy.delayBeforeAttempt(4, response);
        QVERIFY2(third >= 200 && third <= 400, qPrintable(QString::number(third)));
        const int late = policy.delayBeforeAttempt(30, response);
        QVERIFY2(late >= 500 && late <= 1000, qPrintable(QString::number(late)));
    }
}

void TestRetryPolicy::rateLimitResetHeadersUsedOn429()
{
    RetryPolicy policy;
    HttpResponse response;
    response.status = 429;
    response.headers = {{QByteArray("x-ratelimit-reset-requests"), QByteArray("1s")},
                        {QByteArray("x-ratelimit-reset-tokens"), QByteArray("2.5s")}};
    QCOMPARE(policy.delayBeforeAttempt(2, response), 2500);
}

void TestRetryPolicy::resetDurations_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("ms") << QByteArray("20ms") << qint64(20);
    QTest::newRow("s") << QByteArray("1s") << qint64(1000);
    QTest::newRow("fraction") << QByteArray("0.5s") << qint64(500);
    QTest::newRow("m s") << QByteArray("6m0s") << qint64(360000);
    QTest::newRow("h m s") << QByteArray("1h2m3s") << qint64(3723000);
    QTest::newRow("bad unit") << QByteArray("3 days") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestRetryPolicy::resetDurations()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    QCOMPARE(RetryPolicy::parseResetDurationMs(text).value_or(-1), ms);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
