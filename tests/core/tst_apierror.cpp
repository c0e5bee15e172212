#include "apierror.h"

#include <QTest>

using namespace trro;

class TestApiError final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classification_data();
    void classification();
    void messages();
};

void TestApiError::classification_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<bool>("auth");
    const int api = int(ApiError::Kind::Api);
    QTest::newRow("limit") << api << QStringLiteral("RequestLimitExceeded") << 200 << true << false;
    QTest::newRow("limit variant")
        << api << QStringLiteral("RequestLimitExceeded.UinLimitExceeded") << 200 << true << false;
    QTest::newRow("internal") << api << QStringLiteral("InternalError") << 200 << true << false;
    QTest::newRow("signature") << api << QStringLiteral("AuthFailure.SignatureFailure") << 200
                               << false << true;
    QTest::newRow("expire") << api << QStringLiteral("AuthFailure.SignatureExpire") << 200 << false
                            << true;
    QTest::newRow("parameter") << api << QStringLiteral("InvalidParameterValue") << 200 << false
                               << false;
    QTest::newRow("missing") << api << QStringLiteral("MissingParameter") << 200 << false << false;
    QTest::newRow("5xx") << int(ApiError::Kind::Http) << QStringLiteral("HttpError") << 503 << true
                         << false;
    QTest::newRow("404") << int(ApiError::Kind::Http) << QStringLiteral("HttpError") << 404 << false
                         << false;
    QTest::newRow("network") << int(ApiError::Kind::Network) << QStringLiteral("NetworkError") << 0
                             << true << false;
    QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << QStringLiteral("Timeout") << 0
                             << true << false;
    QTest::newRow("truncated body") << int(ApiError::Kind::Malformed)
                                    << QStringLiteral("MalformedResponse") << 200 << true << false;
    QTest::newRow("too large") << int(ApiError::Kind::Malformed)
                               << QStringLiteral("ResponseTooLarge") << 200 << false << false;
    QTest::newRow("too many items") << int(ApiError::Kind::Malformed)
                                    << QStringLiteral("TooManyItems") << 200 << false << false;
    QTest::newRow("clock beyond a day")
        << api << QStringLiteral("ClockSkewTooLarge") << 200 << false << false;
    QTest::newRow("cancelled") << int(ApiError::Kind::Cancelled) << QStringLiteral("Cancelled") << 0
                               << false << false;
    QTest::newRow("credentials") << int(ApiError::Kind::Credentials)
                                 << QStringLiteral("MissingCredentials") << 0 << false << true;
}

void TestApiError::classification() {
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QFETCH(bool, auth);
    ApiError e = ApiError::make(ApiError::Kind(kind), code, QStringLiteral("m"));
    e.httpStatus = status;
    QCOMPARE(e.isRetryable(), retryable);
    QCOMPARE(e.isAuthFailure(), auth);
}

void TestApiError::messages() {
    ApiError e = ApiError::make(ApiError::Kind::Api, QStringLiteral("AuthFailure.SignatureExpire"),
                                QStringLiteral("Signature expired."));
    e.requestId = QStringLiteral("rid-9");
    e.serverClockKnown = true;
    e.serverClockSkew = -600;
    const QString text = e.userMessage();
    QVERIFY(text.startsWith(QLatin1String("AuthFailure.SignatureExpire: Signature expired.")));
    QVERIFY(text.contains(QLatin1String("RequestId rid-9")));
    QVERIFY2(text.contains(QLatin1String("600 second")), qPrintable(text));

    ApiError id =
        ApiError::make(ApiError::Kind::Api, QStringLiteral("AuthFailure.SecretIdNotFound"),
                       QStringLiteral("The SecretId AKIDxyz is not found."));
    QVERIFY(id.userMessage().contains(QLatin1String("AKIDxyz")));
    QVERIFY(id.userMessage().contains(QLatin1String("SecretId")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
