#include "jsontext.h"

#include <cctype>

namespace crm::JsonText {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return i;
}

/// The position just after the string that starts (with its quote) at i.
qsizetype skipString(QByteArrayView t, qsizetype i)
{
    for (++i; i < t.size(); ++i) {
        if (t[i] == '\\')
            ++i;
        else if (t[i] == '"')
            return i + 1;
    }
    return t.size();
}

/// The position just after the value that starts at i.
qsizetype skipValue(QByteArrayView t, qsizetype i)
{
    if (i >= t.size())
        return i;
    if (t[i] == '"')
        return skipString(t, i);
    if (t[i] == '{' || t[i] == '[') {
        int depth = 0;
        for (; i < t.size(); ++i) {
            const char c = t[i];
            if (c == '"') {
                i = skipString(t, i) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return t.size();
    }
    // A number, true, false or null: runs to the next delimiter.
    while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']' && !isSpace(t[i]))
        ++i;
    return i;
}

} // namespace

QList<Member> members(QByteArrayView t)
{
    QList<Member> out;
    out.reserve(32);
    qsizetype i = skipSpace(t, 0);
    if (i >= t.size() || t[i] != '{')
        return out;
    i = skipSpace(t, i + 1);
    while (i < t.size() && t[i] == '"') {
        const qsizetype keyEnd = skipString(t, i);
        Member m;
        m.keyText = t.sliced(i, keyEnd - i);
        m.key = m.keyText.sliced(1, m.keyText.size() - 2);
        i = skipSpace(t, keyEnd);
        if (i >= t.size() || t[i] != ':')
            break;
        const qsizetype valueStart = skipSpace(t, i + 1);
        const qsizetype valueEnd = skipValue(t, valueStart);
        m.value = t.sliced(valueStart, valueEnd - valueStart);
        out.append(std::move(m));
        i = skipSpace(t, valueEnd);
        if (i < t.size() && t[i] == ',')
            i = skipSpace(t, i + 1);
    }
    return out;
}

QList<QByteArrayView> elements(QByteArrayView t)
{
    QList<QByteArrayView> out;
    qsizetype i = skipSpace(t, 0);
    if (i >= t.size() || t[i] != '[')
        return out;
    i = skipSpace(t, i + 1);
    while (i < t.size() && t[i] != ']') {
        const qsizetype end = skipValue(t, i);
        out.append(t.sliced(i, end - i));
        i = skipSpace(t, end);
        if (i < t.size() && t[i] == ',')
            i = skipSpace(t, i + 1);
        else
            break;
    }
    return out;
}

QByteArrayView value(QByteArrayView object, QByteArrayView key)
{
    for (const Member& m : members(object))
        if (m.key == key)
            return m.value;
    return {};
}

namespace {

class Validator {
public:
    explicit Validator(QByteArrayView t) : m_t(t) {}

    bool run()
    {
        // Containers are tracked on an explicit stack, so deep nesting cannot overflow the call stack.
        QByteArray open;
        space();
        for (;;) {
            if (!valueStart(open))
                return false;
            // After a value: close containers, or move to the next element or member.
            for (;;) {
                space();
                if (open.isEmpty())
                    return m_i == m_t.size();
                if (at(',')) {
                    ++m_i;
                    space();
                    if (open.back() == '{' && !key())
                        return false;
                    break;
                }
                if (!at(open.back() == '{' ? '}' : ']'))
                    return false;
                ++m_i;
                open.chop(1);
            }
        }
    }

private:
    bool at(char c) const { return m_i < m_t.size() && m_t[m_i] == c; }
    void space()
    {
        while (m_i < m_t.size() && isSpace(m_t[m_i]))
            ++m_i;
    }

    /// A value, or the opening of a container (pushed on open) with its first member or element.
    bool valueStart(QByteArray& open)
    {
        for (;;) {
            if (at('{')) {
                ++m_i;
                space();
                if (at('}')) {
                    ++m_i;
                    return true;
                }
                open.append('{');
                if (!key())
                    return false;
                continue;
            }
            if (at('[')) {
                ++m_i;
                space();
                if (at(']')) {
                    ++m_i;
                    return true;
                }
                open.append('[');
                continue;
            }
            return scalar();
        }
    }

    /// A member's key and colon, leaving m_i at its value.
    bool key()
    {
        if (!at('"') || !str())
            return false;
        space();
        if (!at(':'))
            return false;
        ++m_i;
        space();
        return true;
    }

    bool scalar()
    {
        if (at('"'))
            return str();
        if (at('-') || (m_i < m_t.size() && m_t[m_i] >= '0' && m_t[m_i] <= '9'))
            return number();
        for (const QByteArrayView word :
             {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")})
            if (m_t.sliced(m_i).startsWith(word)) {
                m_i += word.size();
                return true;
            }
        return false;
    }

    bool str()
    {
        for (++m_i; m_i < m_t.size(); ++m_i) {
            const uchar c = uchar(m_t[m_i]);
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            if (++m_i >= m_t.size())
                return false;
            switch (m_t[m_i]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u':
                for (int k = 0; k < 4; ++k)
                    if (++m_i >= m_t.size() || !isxdigit(uchar(m_t[m_i])))
                        return false;
                break;
            default:
                return false;
            }
        }
        return false;
    }

    bool digits()
    {
        const qsizetype from = m_i;
        while (m_i < m_t.size() && m_t[m_i] >= '0' && m_t[m_i] <= '9')
            ++m_i;
        return m_i > from;
    }

    bool number()
    {
        if (at('-'))
            ++m_i;
        if (at('0'))
            ++m_i;
        else if (!digits())
            return false;
        if (at('.')) {
            ++m_i;
            if (!digits())
                return false;
        }
        if (at('e') || at('E')) {
            ++m_i;
            if (at('+') || at('-'))
                ++m_i;
            if (!digits())
                return false;
        }
        return true;
    }

    QByteArrayView m_t;
    qsizetype m_i = 0;
};

int hexValue(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

} // namespace

bool isValid(QByteArrayView text)
{
    return Validator(text).run();
}

QString string(QByteArrayView v)
{
    if (v.size() < 2 || v.front() != '"' || v.back() != '"')
        return {};
    const QByteArrayView inner = v.sliced(1, v.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QString out;
    out.reserve(inner.size());
    qsizetype plain = 0; // start of the run of bytes without escapes
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] != '\\')
            continue;
        out += QString::fromUtf8(inner.sliced(plain, i - plain));
        const char e = i + 1 < inner.size() ? inner[i + 1] : '\\';
        ++i;
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 0; k < 4 && i + 1 < inner.size(); ++k)
                unit = char16_t(unit * 16 + hexValue(inner[++i]));
            out += QChar(unit); // a surrogate pair arrives as two escapes, in order
            break;
        }
        default:
            out += QLatin1Char(e);
            break; // " \ /
        }
        plain = i + 1;
    }
    out += QString::fromUtf8(inner.sliced(plain));
    return out;
}

} // namespace crm::JsonText
