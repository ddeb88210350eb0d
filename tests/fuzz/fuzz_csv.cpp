// libFuzzer target for the CSV reader (core/csv): any bytes, with each delimiter, must be read to the end
// without a crash, hang or sanitizer finding, and every record read cleanly must come back unchanged
// after CsvWriter writes it.
#include "csv/csvreader.h"

#include <cstddef>
#include <cstdint>

using crm::CsvReader;
using crm::CsvWriter;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (char delimiter : {char(0), ',', ';', '\t'}) {
        CsvReader reader(bytes, delimiter);
        CsvReader::Record r;
        qint64 last = -1;
        while (reader.next(&r)) {
            if (reader.position() <= last) // every record moves on
                __builtin_trap();
            last = reader.position();
            if (r.problem != CsvReader::Problem::None || (r.fields.size() == 1 && r.fields.first().isEmpty()))
                continue;
            CsvReader again(CsvWriter::record(r.fields, reader.delimiter()), reader.delimiter());
            CsvReader::Record back;
            if (!again.next(&back) || back.fields != r.fields)
                __builtin_trap();
        }
        if (reader.position() != reader.size())
            __builtin_trap();
    }
    return 0;
}
