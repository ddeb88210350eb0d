#pragma once

#include "domain/member.h"

namespace crm {

/// What the search box finds a member by besides names, e-mails and usernames: their phone numbers
/// (the national number's digits, so "0207 946" and "+44 20 7946" both find "020 7946 0958"), postal
/// codes (with and without spaces) and cities. Kept in the members table, indexed with the rest.
namespace SearchWords {

/// The words for a member's phones and addresses, space-separated.
QString of(const Member& member);
/// A phone number's national significant digits: no spacing, no international prefix (+ or 00 and the
/// country calling code), no trunk 0. Empty when it holds fewer than 3 digits.
QString phoneDigits(const QString& number);
/// What a typed search means as a phone number (phoneDigits), or empty when it does not look like one
/// (letters, or fewer than 4 digits).
QString phoneQuery(const QString& typed);

} // namespace SearchWords
} // namespace crm
