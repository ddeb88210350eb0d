#pragma once

#include <QStringList>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct Fts5Tokenizer;
struct fts5_tokenizer;

namespace crm {

/// Tells whether one member's indexed text matches a search exactly as the members' full-text index
/// would answer it, so a search can be answered by reading members in their sort order instead of
/// streaming every hit from the index.
///
/// It tokenizes with the index's own tokenizer, taken from the connection (FTS5's unicode61 with the
/// schema's arguments), and applies the query language ftsPrefixQuery() writes: every phrase must
/// match in some column as adjacent tokens whose last one is a prefix; or else the digits phrase must
/// match in search_extra.
class SearchMatcher {
public:
    /// The indexed columns, in the index's order.
    static constexpr int Columns = 6;
    static constexpr int ExtraColumn = 5;

    /// phrases as ftsPrefixQuery() quotes them; extraPhrase the phone digits, or empty.
    SearchMatcher(sqlite3* db, const QStringList& phrases, const QString& extraPhrase);
    ~SearchMatcher();
    SearchMatcher(const SearchMatcher&) = delete;
    SearchMatcher& operator=(const SearchMatcher&) = delete;

    /// False when the tokenizer is not available or a phrase has no token (the index answers those).
    bool isValid() const { return m_valid; }
    bool matches(const std::array<std::string_view, Columns>& columns);

private:
    using Phrase = std::vector<std::string>;
    struct Token {
        std::uint32_t start;
        std::uint32_t size;
    };

    bool tokenize(std::string_view text, std::vector<Token>& into, std::string& arena);
    bool phraseIn(const Phrase& phrase, int column) const;
    static int takeToken(void* context, int flags, const char* token, int size, int start, int end);

    bool m_valid = false;
    fts5_tokenizer* m_api = nullptr;
    Fts5Tokenizer* m_tokenizer = nullptr;
    std::vector<Phrase> m_phrases;
    Phrase m_extra;
    // The row being matched: its tokens by column, their text in one buffer reused from row to row.
    std::string m_arena;
    std::array<std::vector<Token>, Columns> m_tokens;
};

} // namespace crm
