#pragma once

#include "civicrmdata.h"

#include <QJsonObject>
#include <optional>

/// A contact's parts and the site's reference lists as CiviCRM API v3 serves them: Phone, Email, Address
/// and Note (get, create with or without id, delete), LocationType, Country and StateProvince (get), and
/// getoptions for the option fields (phone_type_id, gender_id, location_type_id, country_id,
/// state_province_id). Writes answer like civicrm-core's _civicrm_api3_basic_create and basic_delete;
/// editing a part leaves its contact's modified_date as it was, as civicrm_contact's ON UPDATE stamp does.
class CiviContactParts {
public:
    explicit CiviContactParts(CiviData& data) : m_data(data) {}

    /// Whether entity (lower case) is one of these.
    static bool handles(const QString& entity);
    /// Matching rows of a get, in id order, before paging.
    QList<QJsonObject> rows(const QString& entity, const QJsonObject& params) const;
    /// The answer of create, delete or getoptions; nullopt for an action these entities lack. A phone,
    /// e-mail or address written stamps its contact's modified_date, as CiviCRM's triggers do.
    std::optional<QJsonObject> write(const QString& entity, const QString& action, const QJsonObject& params);

    /// The contact's fields a record of Contact.get carries from its primary phone and the option labels.
    static QString genderLabel(const QString& id);
    static QString countryName(const QString& id);
    static QString provinceName(const QString& id);

private:
    std::optional<QJsonObject> writePart(const QString& entity, const QString& action,
                                         const QJsonObject& params);
    QJsonObject createPhone(const QJsonObject& params);
    QJsonObject createEmail(const QJsonObject& params);
    QJsonObject createAddress(const QJsonObject& params);
    QJsonObject createNote(const QJsonObject& params);
    QJsonObject remove(const QString& entity, const QJsonObject& params);
    QJsonObject options(const QString& entity, const QJsonObject& params) const;

    CiviData& m_data;
};
