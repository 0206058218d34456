#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

// A streaming RFC 4180 reader: quoted fields with doubled quotes, CRLF or LF, newlines inside
// quotes, a UTF-8 byte order mark. It reads the device in 64 KiB chunks and keeps only the
// current record, so memory is bounded by the field and record limits whatever the file size.
// Malformed input stops it with an error naming the line: an unterminated quote, text after a
// closing quote, a NUL byte (a binary file), invalid UTF-8, an oversized field or record.
// Thread: the thread that owns the device.
class CsvReader
{
public:
    enum class Status
    {
        Record, // *fields holds the next record
        End,    // no more records
        Error,  // errorString() says why and where; further calls return Error
    };

    static constexpr qsizetype kDefaultMaxFieldBytes = 1 << 20; // 1 MiB
    static constexpr qsizetype kMaxFields = 4096;

    explicit CsvReader(QIODevice *device, qsizetype maxFieldBytes = kDefaultMaxFieldBytes);

    // Reads the next record. Blank lines are skipped.
    Status readRecord(QStringList *fields);

    // The line the last record started on (1-based).
    qint64 lineNumber() const { return m_recordLine; }
    // Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }
    QString errorString() const { return m_error; }

private:
    bool fill();
    bool endField(QStringList *fields);
    Status fail(const QString &message);

    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: doubled, or the closing one
    };

    QIODevice *m_device = nullptr;
    qsizetype m_maxFieldBytes = kDefaultMaxFieldBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_field;
    State m_state = State::FieldStart;
    qint64 m_line = 1;       // line of the byte at m_pos
    qint64 m_recordLine = 0; // line the current record started on
    qint64 m_bytesRead = 0;
    bool m_skipLf = false; // the previous byte was a CR: a following LF belongs to it
    bool m_started = false;
    bool m_atEnd = false;
    QString m_error;
};
