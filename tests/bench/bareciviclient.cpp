#include "bareciviclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace {

QJsonArray idsOf(const QJsonObject& answer)
{
    QJsonArray ids;
    for (const QJsonValue& v : answer.value(QLatin1String("values")).toArray())
        ids.append(v.toObject().value(QLatin1String("id")).toVariant().toLongLong());
    return ids;
}

QJsonObject allOf(QJsonObject params)
{
    params.insert(QStringLiteral("sequential"), 1);
    params.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}});
    return params;
}

} // namespace

BareCiviClient::BareCiviClient(QUrl endpoint, QString apiKey, QString siteKey, int inFlight, int pageSize)
    : m_endpoint(std::move(endpoint)), m_apiKey(std::move(apiKey)), m_siteKey(std::move(siteKey)),
      m_inFlight(inFlight), m_pageSize(pageSize)
{
}

QList<QJsonObject> BareCiviClient::many(const QList<std::tuple<QString, QString, QJsonObject>>& requests)
{
    QList<QJsonObject> answers(requests.size());
    QEventLoop loop;
    qsizetype next = 0;
    int running = 0;
    std::function<void()> sendMore = [&] {
        while (running < m_inFlight && next < requests.size()) {
            const auto& [entity, action, params] = requests.at(next);
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("entity"), entity);
            form.addQueryItem(QStringLiteral("action"), action);
            form.addQueryItem(QStringLiteral("key"), m_siteKey);
            form.addQueryItem(QStringLiteral("api_key"), m_apiKey);
            form.addQueryItem(QStringLiteral("json"),
                              QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
            QNetworkRequest request(m_endpoint);
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
            QNetworkReply* reply = m_nam.post(
                request,
                form.toString(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B")).toUtf8());
            const qsizetype at = next++;
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, at] {
                reply->deleteLater();
                --running;
                const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->error() != QNetworkReply::NoError || o.value(QLatin1String("is_error")).toInt())
                    m_failed = true;
                answers[at] = o;
                sendMore();
                if (running == 0 && next == requests.size())
                    loop.quit();
            });
        }
    };
    sendMore();
    if (running > 0)
        loop.exec();
    return answers;
}

QJsonObject BareCiviClient::one(const QString& entity, const QString& action, const QJsonObject& params)
{
    return many({{entity, action, params}}).value(0);
}

bool BareCiviClient::readContacts(const QList<QJsonObject>& rangeParams)
{
    // Each range: its contacts, then four lists for their ids; ranges side by side.
    for (qsizetype at = 0; at < rangeParams.size(); at += m_inFlight) {
        QList<std::tuple<QString, QString, QJsonObject>> contacts;
        for (qsizetype i = at; i < std::min(rangeParams.size(), at + m_inFlight); ++i)
            contacts.append({QStringLiteral("Contact"), QStringLiteral("get"), rangeParams.at(i)});
        QList<std::tuple<QString, QString, QJsonObject>> parts;
        for (const QJsonObject& answer : many(contacts)) {
            const QJsonArray ids = idsOf(answer);
            m_contacts += int(ids.size());
            if (ids.isEmpty())
                continue;
            const QJsonObject in =
                allOf({{QStringLiteral("contact_id"), QJsonObject{{QStringLiteral("IN"), ids}}}});
            for (const char* entity : {"Address", "UFMatch", "Phone", "Email"})
                parts.append({QString::fromLatin1(entity), QStringLiteral("get"), in});
        }
        many(parts);
    }
    return !m_failed;
}

bool BareCiviClient::readGroups()
{
    const QJsonObject groups = one(QStringLiteral("Group"), QStringLiteral("get"), allOf({}));
    QList<std::tuple<QString, QString, QJsonObject>> members{
        {QStringLiteral("GroupContact"), QStringLiteral("get"),
         allOf({{QStringLiteral("status"), QStringLiteral("Added")},
                {QStringLiteral("return"), QStringLiteral("group_id,contact_id")}})}};
    for (const QJsonValue& g : groups.value(QLatin1String("values")).toArray())
        if (!g.toObject().value(QLatin1String("saved_search_id")).toVariant().toString().isEmpty())
            members.append({QStringLiteral("Contact"), QStringLiteral("get"),
                            allOf({{QStringLiteral("group"), g.toObject().value(QLatin1String("id"))},
                                   {QStringLiteral("return"), QStringLiteral("id")}})});
    many(members);
    return !m_failed;
}

double BareCiviClient::readAll()
{
    m_contacts = 0;
    m_failed = false;
    QElapsedTimer t;
    t.start();
    // The lists that name ids, and the highest contact id, side by side.
    const QList<QJsonObject> first = many(
        {{QStringLiteral("Contact"),
          QStringLiteral("get"),
          {{QStringLiteral("sequential"), 1},
           {QStringLiteral("return"), QStringLiteral("id")},
           {QStringLiteral("options"),
            QJsonObject{{QStringLiteral("limit"), 1}, {QStringLiteral("sort"), QStringLiteral("id DESC")}}}}},
         {QStringLiteral("LocationType"), QStringLiteral("get"), allOf({})},
         {QStringLiteral("Phone"),
          QStringLiteral("getoptions"),
          {{QStringLiteral("field"), QStringLiteral("phone_type_id")}}},
         {QStringLiteral("Contact"),
          QStringLiteral("getoptions"),
          {{QStringLiteral("field"), QStringLiteral("gender_id")}}},
         {QStringLiteral("Country"), QStringLiteral("get"), allOf({})},
         {QStringLiteral("StateProvince"), QStringLiteral("get"), allOf({})}});
    const QJsonArray top = first.value(0).value(QLatin1String("values")).toArray();
    const qint64 highest =
        top.isEmpty() ? 0 : top.first().toObject().value(QLatin1String("id")).toVariant().toLongLong();
    QList<QJsonObject> ranges;
    for (qint64 from = 1; from <= highest; from += m_pageSize)
        ranges.append({{QStringLiteral("sequential"), 1},
                       {QStringLiteral("id"),
                        QJsonObject{{QStringLiteral("BETWEEN"), QJsonArray{from, from + m_pageSize - 1}}}},
                       {QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), m_pageSize}}}});
    if (!readContacts(ranges) || !readGroups())
        return -1;
    return double(t.nsecsElapsed()) / 1e9;
}

double BareCiviClient::readChanges(const QString& since)
{
    m_contacts = 0;
    m_failed = false;
    QElapsedTimer t;
    t.start();
    // The changed contacts (one range: few of them), then every id still listed, page by page.
    if (!readContacts({{{QStringLiteral("sequential"), 1},
                        {QStringLiteral("modified_date"), QJsonObject{{QStringLiteral(">="), since}}},
                        {QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}}}}}))
        return -1;
    const int changed = m_contacts;
    const QJsonObject idOnly{{QStringLiteral("sequential"), 1},
                             {QStringLiteral("return"), QStringLiteral("id")},
                             {QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}}}};
    one(QStringLiteral("Contact"), QStringLiteral("get"), idOnly);
    if (!readGroups())
        return -1;
    m_contacts = changed;
    return double(t.nsecsElapsed()) / 1e9;
}
