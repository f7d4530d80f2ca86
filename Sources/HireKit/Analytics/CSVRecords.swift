/// A small RFC 4180 reader for imported sheets: comma-separated fields, double quotes around
/// fields that hold commas, quotes (doubled) or line breaks; LF or CRLF line ends; a leading
/// byte-order mark is ignored. Each record carries the line it starts on, for diagnostics.
enum CSVRecords {
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    /// The records of `text`, or the line of a quoted field that never ends.
    static func parse(_ text: String) -> Result<[Record], UnterminatedQuote> {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 1
        var atFieldStart = true
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending {
                pending = nil
                return scalar
            }
            return iterator.next()
        }
        func endRecord() {
            fields.append(field)
            // A blank line is no record.
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            atFieldStart = true
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            quoted = false
                            pending = following
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where atFieldStart:
                quoted = true
                quoteLine = line
                atFieldStart = false
            case ",":
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\r":
                if let following = next(), following != "\n" { pending = following }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
                atFieldStart = false
            }
        }
        if quoted { return .failure(UnterminatedQuote(line: quoteLine)) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return .success(records)
    }

    /// A quoted field opened on `line` and never closed.
    struct UnterminatedQuote: Error, Equatable {
        var line: Int
    }
}
