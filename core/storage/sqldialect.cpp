#include "sqldialect.h"

#include <QRegularExpression>

SqlDialect SqlDialect::forDatabase(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? PostgreSql : Sqlite);
}

QString SqlDialect::name() const
{
    return m_backend == PostgreSql ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString SqlDialect::driverName() const
{
    return m_backend == PostgreSql ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QStringList SqlDialect::connectionSetupStatements() const
{
    if (m_backend == PostgreSql) {
        // Timestamps are stored as ISO text; keep the session in UTC so server-side now() agrees.
        return {QStringLiteral("SET TIME ZONE 'UTC'")};
    }
    // WAL lets readers and one writer work at once (one connection per thread); NORMAL is
    // durable in WAL mode except for the last commits on power loss.
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
    };
}

QString SqlDialect::migrationsFolder() const
{
    return QStringLiteral(":/storage/migrations/") + name();
}

namespace {

bool isTriggerHeader(const QString &statement)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

bool endsWithEnd(const QString &statement)
{
    static const QRegularExpression re(QStringLiteral("\\bEND\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

} // namespace

QStringList SqlDialect::splitStatements(const QString &script) const
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    qsizetype i = 0;
    auto flush = [&] {
        const QString trimmed = current.trimmed();
        if (!trimmed.isEmpty())
            statements.append(trimmed);
        current.clear();
    };
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') { // line comment: dropped
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && next == u'*') { // block comment: dropped
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current.append(u' ');
            continue;
        }
        if (c == u'\'' || c == u'"') { // quoted literal or identifier; doubled quote escapes
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current.append(script.mid(i, j + 1 - i));
            i = j + 1;
            continue;
        }
        if (m_backend == PostgreSql && c == u'$') { // $tag$ ... $tag$ function bodies
            static const QRegularExpression tagRe(QStringLiteral("\\G\\$[A-Za-z_]*\\$"));
            const auto match = tagRe.match(script, i);
            if (match.hasMatch()) {
                const QString tag = match.captured();
                const qsizetype end = script.indexOf(tag, i + tag.size());
                const qsizetype stop = end < 0 ? n : end + tag.size();
                current.append(script.mid(i, stop - i));
                i = stop;
                continue;
            }
        }
        if (c == u';') {
            if (m_backend == Sqlite && isTriggerHeader(current) && !endsWithEnd(current)) {
                current.append(c); // a statement inside the trigger body
                ++i;
                continue;
            }
            flush();
            ++i;
            continue;
        }
        current.append(c);
        ++i;
    }
    flush();
    return statements;
}

QString SqlDialect::beginTransactionStatement() const
{
    return m_backend == PostgreSql ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::probeStatement() const
{
    if (m_backend == PostgreSql)
        return QStringLiteral("SELECT 1");
    return QStringLiteral("SELECT COUNT(*) FROM sqlite_master");
}

QString SqlDialect::caseInsensitiveOrder(const QString &column) const
{
    if (m_backend == PostgreSql)
        return QStringLiteral("LOWER(%1)").arg(column);
    return QStringLiteral("%1 COLLATE NOCASE").arg(column);
}

QString SqlDialect::returningClause(const QString &column) const
{
    // SQLite has RETURNING since 3.35 (Debian 12 ships 3.40); PostgreSQL always had it.
    return QStringLiteral(" RETURNING ") + column;
}

QString SqlDialect::backupStatement(const QString &targetPath) const
{
    if (m_backend == PostgreSql)
        return {};
    // VACUUM INTO writes a consistent snapshot (WAL content included) without touching the
    // source file. The path is a literal: escape single quotes.
    QString quoted = targetPath;
    quoted.replace(u'\'', QStringLiteral("''"));
    return QStringLiteral("VACUUM INTO '%1'").arg(quoted);
}
