#include "jsonanswer.h"

#include <QCoreApplication>

namespace crm {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(JsonAnswer)
};
} // namespace

JsonAnswer readJsonAnswer(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    using K = CrmError::Kind;
    JsonAnswer out;
    const QByteArray head = body.left(256).trimmed().toLower();
    if (contentType.contains("html") || head.startsWith("<!doctype") || head.startsWith("<html")) {
        out.error = CrmError(
            httpStatus == 404 ? K::NotFound : K::Protocol, {}, httpStatus,
            httpStatus >= 400 ? Words::tr("HTTP %1 with a web page instead of an API answer").arg(httpStatus)
                              : Words::tr("a web page came back instead of an API answer"));
        return out;
    }
    QJsonParseError parseError;
    out.document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return out;
    if (httpStatus >= 500) {
        out.error = CrmError(K::Server, {}, httpStatus);
        return out;
    }
    out.error =
        CrmError(K::Protocol, {}, httpStatus,
                 body.trimmed().isEmpty()                         ? Words::tr("an empty answer")
                 : parseError.offset >= body.trimmed().size() - 1 ? Words::tr("an incomplete JSON answer")
                                                                  : Words::tr("malformed JSON: %1 at byte %2")
                                                                        .arg(parseError.errorString())
                                                                        .arg(parseError.offset));
    return out;
}

} // namespace crm
