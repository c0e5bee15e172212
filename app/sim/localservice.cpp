#include "localservice.h"

#include "actionhandler.h"
#include "clock.h"
#include "degradation.h"
#include "faultinjector.h"
#include "fleet.h"
#include "httpconnection.h"
#include "publishedexamples.h"
#include "ratelimiter.h"
#include "requestauth.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace trro::sim {

struct LocalService::Private {
    ServiceOptions options;
    QTcpServer *server = nullptr;
    std::unique_ptr<Fleet> fleet;
    std::unique_ptr<ActionHandler> handler;
    RateLimiter limiter;
    FaultInjector faults;
    QList<RequestRecord> log;

    QList<Credentials> keys() const {
        return options.keys.isEmpty() ? QList<Credentials>{demoCredentials()} : options.keys;
    }
    Clock *clock() const { return Clock::orSystem(options.clock); }
    qint64 nowSec() const { return clock()->wallSecs() + options.clockOffsetSec; }
    void record(const RequestRecord &r) {
        log.append(r);
        if (log.size() > std::max(1, options.requestLogLimit))
            log.remove(0, log.size() - std::max(1, options.requestLogLimit));
    }
};

namespace {

QByteArray httpDate(qint64 secs) {
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()),
                  u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

QString newRequestId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpResponse envelope(const QJsonObject &fields, const QString &requestId, const QString &errorCode,
                      const QString &errorMessage) {
    QJsonObject response = fields;
    if (!errorCode.isEmpty())
        response.insert(u"Error"_s,
                        QJsonObject{{u"Code"_s, errorCode}, {u"Message"_s, errorMessage}});
    response.insert(u"RequestId"_s, requestId);
    HttpResponse http;
    http.body =
        QJsonDocument(QJsonObject{{u"Response"_s, response}}).toJson(QJsonDocument::Compact);
    return http;
}

HttpResponse gatewayError(int status) {
    HttpResponse http;
    http.status = status;
    http.reason =
        status == 502 ? QByteArrayLiteral("Bad Gateway") : QByteArrayLiteral("Service Unavailable");
    http.contentType = QByteArrayLiteral("text/html");
    const QByteArray title = QByteArray::number(status) + ' ' + http.reason;
    http.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" +
                title + "</h1></center>\r\n<hr><center>stgw</center>\r\n</body>\r\n</html>\r\n";
    return http;
}

} // namespace

LocalService::LocalService(QObject *parent)
    : LocalService(ServiceOptions{}, parent) {}

LocalService::LocalService(const ServiceOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->server = new QTcpServer(this);
    connect(d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->server->nextPendingConnection()) {
            // Bounded: each connection holds at most one request's worth of input.
            if (findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size() >=
                d->options.maxConnections) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            auto *connection = new HttpConnection(socket, d->options.maxBodyBytes, this);
            connect(connection, &HttpConnection::requestReceived, this,
                    [this, connection](const HttpRequest &request) {
                        HttpRequest stamped = request;
                        stamped.receivedMs = d->clock()->wallMs();
                        handleRequest(connection, stamped);
                    });
        }
    });
    setOptions(options);
}

LocalService::~LocalService() = default;

Credentials LocalService::demoCredentials() {
    Credentials c;
    c.secretId = u"AKIDtrroDEMO0local0service0key00001"_s;
    c.secretKey = u"trroDemoKeyForTheLocalServiceOnly"_s;
    return c;
}

ServiceOptions LocalService::demoOptions(qint64 localOffsetSec, qint64 nowSec) {
    ServiceOptions options;
    options.keys = {demoCredentials()};
    // The fleet lives the day of the user's time zone: sessions run while the user watches.
    options.fleet.activityShiftSec = (8 * 3600 - localOffsetSec) / 3600 * 3600;
    options.fleet.degradations = {demoDegradation(localOffsetSec, nowSec)};
    return options;
}

QString LocalService::demoProjectId() {
    return FleetConfig::standard().projects.constFirst().projectId;
}

void LocalService::setOptions(const ServiceOptions &options) {
    const bool rebuild = !d->fleet || !(options.fleet == d->options.fleet);
    d->options = options;
    d->limiter.setRate(options.ratePerSecond);
    d->faults.reset(options.faults.seed);
    if (rebuild) {
        d->fleet = std::make_unique<Fleet>(options.fleet, d->nowSec());
        d->handler = std::make_unique<ActionHandler>(d->fleet.get(), options.pageSizeCap);
    }
    d->handler->setPageSizeCap(options.pageSizeCap);
    d->handler->setTotalsSessionSkew(options.faults.totalsSessionSkew);
}

const ServiceOptions &LocalService::options() const {
    return d->options;
}

void LocalService::setClockOffset(qint64 seconds) {
    d->options.clockOffsetSec = seconds;
}

Fleet &LocalService::fleet() {
    return *d->fleet;
}

bool LocalService::listen(const QHostAddress &address, quint16 port) {
    return d->server->listen(address, port);
}

void LocalService::close() {
    d->server->close();
    const QList<HttpConnection *> connections = findChildren<HttpConnection *>();
    for (HttpConnection *connection : connections)
        connection->drop();
}

quint16 LocalService::port() const {
    return d->server->serverPort();
}

QUrl LocalService::url() const {
    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress address = d->server->serverAddress();
    url.setHost(address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
                    ? u"127.0.0.1"_s
                    : address.toString());
    url.setPort(port());
    url.setPath(u"/"_s);
    return url;
}

qint64 LocalService::serviceTime() const {
    return d->nowSec();
}

QList<LocalService::RequestRecord> LocalService::requestLog() const {
    return d->log;
}

void LocalService::clearRequestLog() {
    d->log.clear();
}

void LocalService::handleRequest(HttpConnection *connection, const HttpRequest &request) {
    const qint64 now = d->nowSec();
    RequestRecord record{
        request.receivedMs, QString::fromUtf8(request.header("x-tc-action")), {}, {}, {}, {}};
    const auto finish = [this, &record](HttpConnection *c, HttpResponse response, int delayMs) {
        response.headers.append({QByteArrayLiteral("Date"), httpDate(d->nowSec())});
        d->record(record);
        Q_EMIT requestServed(record.action, record.errorCode);
        if (delayMs <= 0) {
            c->respond(response);
            return;
        }
        ClockTimer *delay = d->clock()->createTimer(c);
        connect(delay, &ClockTimer::timeout, c, [c, delay, response] {
            delay->deleteLater();
            c->respond(response);
        });
        delay->start(qint64(delayMs) * 1000);
    };

    if (request.method != "POST" || (request.target != "/" && !request.target.startsWith("/?"))) {
        HttpResponse http;
        http.status = request.method != "POST" ? 405 : 404;
        http.reason = request.method != "POST" ? QByteArrayLiteral("Method Not Allowed")
                                               : QByteArrayLiteral("Not Found");
        http.contentType = QByteArrayLiteral("text/plain");
        http.body = http.reason + '\n';
        record.errorCode = u"HTTP %1"_s.arg(http.status);
        finish(connection, http, 0);
        return;
    }

    const FaultKind fault = d->faults.next(d->options.faults);
    record.fault = faultName(fault);
    switch (fault) {
    case FaultKind::DropConnection:
        record.errorCode = u"Fault.DroppedConnection"_s;
        d->record(record);
        Q_EMIT requestServed(record.action, record.errorCode);
        connection->drop();
        return;
    case FaultKind::Http5xx: {
        const int status = d->faults.detail() < 0.5 ? 502 : 503;
        record.errorCode = u"HTTP %1"_s.arg(status);
        finish(connection, gatewayError(status), 0);
        return;
    }
    case FaultKind::InternalError:
    case FaultKind::RateLimit: {
        const bool internal = fault == FaultKind::InternalError;
        record.errorCode = internal ? u"InternalError"_s : u"RequestLimitExceeded"_s;
        record.requestId = newRequestId();
        const QString message = internal ? u"An internal error has occurred. Retry your request, "
                                           "but if the problem persists, contact us."_s
                                         : u"Your current request times in the controlled time "
                                           "range have reached the limit."_s;
        finish(connection, envelope({}, record.requestId, record.errorCode, message), 0);
        return;
    }
    case FaultKind::None:
    case FaultKind::Slow:
    case FaultKind::MalformedJson:
        break;
    }

    record.requestId = newRequestId();
    const ActionResult result = process(request, now, &record.secretId);
    record.errorCode = result.errorCode;
    HttpResponse http =
        envelope(result.fields, record.requestId, result.errorCode, result.errorMessage);
    if (fault == FaultKind::MalformedJson) {
        // Cut the body somewhere in its first three quarters and garble the end.
        const qsizetype cut = 1 + qsizetype(d->faults.detail() * double(http.body.size()) * 0.75);
        http.body = http.body.left(cut) + "\x1f<!--";
        record.errorCode = u"Fault.MalformedJson"_s;
    }
    finish(connection, http, fault == FaultKind::Slow ? d->options.faults.slowMs : 0);
}

ActionResult LocalService::process(const HttpRequest &request, qint64 now, QString *secretId) {
    const AuthResult auth = RequestAuth::verify(request, d->keys(), now);
    *secretId = auth.secretId;
    if (!auth.ok())
        return ActionResult{{}, auth.errorCode, auth.errorMessage};

    const QString action = QString::fromUtf8(request.header("x-tc-action"));
    const QByteArray version = request.header("x-tc-version");
    if (version != ApiVersion) {
        return ActionResult{{},
                            u"InvalidAction"_s,
                            u"The requested action `%1` of version `%2` was not found."_s.arg(
                                action, QString::fromUtf8(version))};
    }
    if (!ActionHandler::isKnown(action)) {
        return ActionResult{
            {}, u"InvalidAction"_s, u"The requested action `%1` was not found."_s.arg(action)};
    }
    if (!d->limiter.admit(action + u'\n' + auth.secretId, request.receivedMs)) {
        return ActionResult{
            {},
            u"RequestLimitExceeded"_s,
            u"Your current request times in the controlled time range have "
            "reached the limit of %1 requests per second for `%2`."_s.arg(d->options.ratePerSecond)
                .arg(action)};
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return ActionResult{{},
                            u"InvalidParameter"_s,
                            u"The request body is not a JSON object: %1."_s.arg(
                                parseError.error != QJsonParseError::NoError
                                    ? parseError.errorString()
                                    : u"found another JSON value"_s)};
    }

    if (d->options.exampleMode) {
        const QByteArray example = PublishedExamples::response(action);
        if (!example.isEmpty()) {
            QJsonObject fields =
                QJsonDocument::fromJson(example).object().value(u"Response"_s).toObject();
            fields.remove(u"RequestId"_s);
            return ActionResult{fields, {}, {}};
        }
    }
    return d->handler->handle(action, document.object(), now);
}

} // namespace trro::sim
