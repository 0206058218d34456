#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device, qsizetype maxFieldBytes)
    : m_device(device)
    , m_maxFieldBytes(maxFieldBytes)
{}

CsvReader::Status CsvReader::fail(const QString &message)
{
    m_error = message;
    return Status::Error;
}

// Refills the buffer; false at the end of the device.
bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer = m_device->read(kChunkBytes);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    m_bytesRead += m_buffer.size();
    // Checked per chunk, before any of it is parsed, so a binary file is called binary rather
    // than bad text.
    if (const qsizetype nul = m_buffer.indexOf('\0', m_pos); nul >= 0) {
        const qint64 line =
            m_line + m_buffer.first(nul).count('\n') - m_buffer.first(m_pos).count('\n');
        m_error = QCoreApplication::translate("CsvReader", "This is a binary file, not CSV text "
                                                           "(a NUL byte on line %1).")
                      .arg(line);
        m_atEnd = true;
        return false;
    }
    return true;
}

bool CsvReader::endField(QStringList *fields)
{
    // Delimiters are ASCII, which never occurs inside a UTF-8 sequence: decoding per field is
    // exact, and an error here points at the right record.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(m_field);
    m_field.clear();
    if (decoder.hasError()) {
        m_error = QCoreApplication::translate("CsvReader",
                                              "Line %1 is not valid UTF-8 text. Save the file "
                                              "as UTF-8 and import it again.")
                      .arg(m_recordLine);
        return false;
    }
    if (fields->size() >= kMaxFields) {
        m_error = QCoreApplication::translate("CsvReader",
                                              "Line %1 has more than %2 fields; this does not "
                                              "look like a chart CSV.")
                      .arg(m_recordLine)
                      .arg(kMaxFields);
        return false;
    }
    fields->append(std::move(text));
    return true;
}

CsvReader::Status CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (!m_error.isEmpty())
        return Status::Error;
    m_state = State::FieldStart;
    m_recordLine = 0;
    bool inRecord = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!m_error.isEmpty())
                return Status::Error;
            if (m_state == State::Quoted) {
                return fail(QCoreApplication::translate(
                                "CsvReader", "The quoted field starting on line %1 is never "
                                             "closed: the file ends inside it.")
                                .arg(m_recordLine));
            }
            if (!inRecord)
                return Status::End;
            if (!endField(fields))
                return Status::Error;
            return Status::Record;
        }
        const char c = m_buffer.at(m_pos++);
        const bool skipLf = m_skipLf;
        m_skipLf = false;
        if (c == '\n' && skipLf) { // the LF of a CRLF: the line was counted at the CR
            if (m_state == State::Quoted)
                m_field.append(c);
            continue;
        }
        if (!inRecord) {
            if (c == '\r' || c == '\n') { // a blank line
                ++m_line;
                m_skipLf = c == '\r';
                continue;
            }
            inRecord = true;
            m_recordLine = m_line;
        }
        switch (m_state) {
        case State::Quoted:
            if (c == '"') {
                m_state = State::QuoteInQuoted;
                continue;
            }
            if (c == '\r' || c == '\n') {
                ++m_line;
                m_skipLf = c == '\r';
            }
            break; // appended below
        case State::QuoteInQuoted:
            if (c == '"') { // a doubled quote is one quote
                m_state = State::Quoted;
                break;
            }
            if (c == ',') {
                if (!endField(fields))
                    return Status::Error;
                m_state = State::FieldStart;
                continue;
            }
            if (c == '\r' || c == '\n') {
                ++m_line;
                m_skipLf = c == '\r';
                return endField(fields) ? Status::Record : Status::Error;
            }
            return fail(QCoreApplication::translate(
                            "CsvReader", "Line %1: text after the closing quote of a field. "
                                         "Quotes inside a quoted field must be doubled (\"\").")
                            .arg(m_line));
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c == ',') {
                if (!endField(fields))
                    return Status::Error;
                m_state = State::FieldStart;
                continue;
            }
            if (c == '\r' || c == '\n') {
                ++m_line;
                m_skipLf = c == '\r';
                return endField(fields) ? Status::Record : Status::Error;
            }
            break;
        }
        if (m_field.size() >= m_maxFieldBytes) {
            return fail(QCoreApplication::translate(
                            "CsvReader", "A field on line %1 is longer than %2 KiB; this does "
                                         "not look like a chart CSV.")
                            .arg(m_recordLine)
                            .arg(m_maxFieldBytes / 1024));
        }
        m_field.append(c);
    }
}
