#pragma once

#include "domain/crmerror.h"

#include <QJsonObject>
#include <QString>

namespace crm {

/// A range of contact ids as CiviCRM's MemberSlices names it: "first,last", or "first," for the open end
/// (contacts added while a sync runs). Read with id BETWEEN (or >=), as CRM_Core_DAO::acceptedSQLOperators
/// lists them.
struct CiviIdRange {
    qint64 from = 1;
    qint64 to = 0;
    bool open = true;

    static CiviIdRange parse(const QString& slice);
    /// The Contact.get "id" filter that reads the range.
    QJsonObject filter() const;
    /// Whether an answer's id lies in the range; one that does not means the server ignored it.
    bool holds(qint64 id) const { return id >= from && (open || id <= to); }

    /// Where a page of the range leaves off, given the last id it held (or none) and whether it was full.
    struct After {
        QString rest;       ///< the part of the range still to read; empty when none
        QString nextCursor; ///< where a sync resumes after the page
        bool last = false;  ///< the open end is read: nothing after it
    };
    After after(qint64 lastId, bool full) const;

    /// The error for an answer outside the range (code CrmError::SlicesIgnored).
    static CrmError ignored();
};

} // namespace crm
