#include "searchmatcher.h"

#include <QByteArray>
#include <sqlite3.h>

namespace crm {

namespace {

// As the members_fts table is declared (cache schema version 6 on).
const char* const TokenizerName = "unicode61";
const char* TokenizerArgs[] = {"remove_diacritics", "2"};

fts5_api* ftsApi(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

SearchMatcher::SearchMatcher(sqlite3* db, const QStringList& phrases, const QString& extraPhrase)
{
    fts5_api* api = ftsApi(db);
    if (!api)
        return;
    m_api = new fts5_tokenizer{};
    void* context = nullptr;
    if (api->xFindTokenizer(api, TokenizerName, &context, m_api) != SQLITE_OK ||
        m_api->xCreate(context, TokenizerArgs, 2, &m_tokenizer) != SQLITE_OK) {
        m_tokenizer = nullptr;
        return;
    }
    // Phrases are tokenized as the index tokenizes a query: the same tokenizer, so "Nú" is "nu".
    const auto phraseOf = [this](const QString& text, Phrase& into) {
        std::vector<Token> tokens;
        std::string arena;
        const QByteArray utf8 = text.toUtf8();
        if (!tokenize(std::string_view(utf8.constData(), std::size_t(utf8.size())), tokens, arena))
            return false;
        for (const Token& t : tokens)
            into.emplace_back(arena, t.start, t.size);
        return !into.empty();
    };
    for (const QString& text : phrases) {
        Phrase phrase;
        if (!phraseOf(text, phrase))
            return;
        m_phrases.push_back(std::move(phrase));
    }
    if (!extraPhrase.isEmpty() && !phraseOf(extraPhrase, m_extra))
        return;
    m_valid = !m_phrases.empty();
}

SearchMatcher::~SearchMatcher()
{
    if (m_tokenizer)
        m_api->xDelete(m_tokenizer);
    delete m_api;
}

int SearchMatcher::takeToken(void* context, int flags, const char* token, int size, int, int)
{
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK; // synonyms: unicode61 has none
    auto* sink = static_cast<std::pair<std::vector<Token>*, std::string*>*>(context);
    sink->first->push_back(Token{std::uint32_t(sink->second->size()), std::uint32_t(size)});
    sink->second->append(token, std::size_t(size));
    return SQLITE_OK;
}

bool SearchMatcher::tokenize(std::string_view text, std::vector<Token>& into, std::string& arena)
{
    into.clear();
    if (text.empty())
        return true;
    std::pair<std::vector<Token>*, std::string*> sink{&into, &arena};
    return m_api->xTokenize(m_tokenizer, &sink, FTS5_TOKENIZE_DOCUMENT, text.data(), int(text.size()),
                            &SearchMatcher::takeToken) == SQLITE_OK;
}

bool SearchMatcher::phraseIn(const Phrase& phrase, int column) const
{
    const std::vector<Token>& tokens = m_tokens[std::size_t(column)];
    const std::size_t n = phrase.size();
    if (tokens.size() < n)
        return false;
    for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
        std::size_t j = 0;
        for (; j < n; ++j) {
            const Token& t = tokens[i + j];
            const std::string_view have(m_arena.data() + t.start, t.size);
            const std::string& want = phrase[j];
            // The last token of a phrase is a prefix; the others must be whole tokens.
            const bool ok = j + 1 == n ? have.substr(0, want.size()) == want : have == want;
            if (!ok)
                break;
        }
        if (j == n)
            return true;
    }
    return false;
}

bool SearchMatcher::matches(const std::array<std::string_view, Columns>& columns)
{
    if (!m_valid)
        return false;
    m_arena.clear();
    for (int c = 0; c < Columns; ++c) {
        if (!tokenize(columns[std::size_t(c)], m_tokens[std::size_t(c)], m_arena))
            return false;
    }
    bool all = true;
    for (const Phrase& phrase : m_phrases) {
        bool found = false;
        for (int c = 0; c < Columns && !found; ++c)
            found = phraseIn(phrase, c);
        if (!found) {
            all = false;
            break;
        }
    }
    return all || (!m_extra.empty() && phraseIn(m_extra, ExtraColumn));
}

} // namespace crm
