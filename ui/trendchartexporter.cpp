#include "trendchartexporter.h"

#include <QBuffer>
#include <QChartView>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {
QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString num(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest); // round-trips
}

Result<void> commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        return Error(
            ErrorCode::Storage,
            TrendChartExporter::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}
} // namespace

Result<void> TrendChartExporter::savePng(QChartView *view, const QString &path)
{
    const QSize size = view->viewport()->size();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                     view->viewport()->rect());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG"))
        return Error(ErrorCode::Storage,
                     tr("%1 could not be written: %2").arg(path, file.errorString()));
    return commit(file, path);
}

Result<void> TrendChartExporter::saveSvg(QChartView *view, const QString &path,
                                         const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize size = view->viewport()->size();
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(tr("Exported from Artist Studio"));
    {
        QPainter painter(&generator);
        view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), view->viewport()->rect());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size())
        return Error(ErrorCode::Storage,
                     tr("%1 could not be written: %2").arg(path, file.errorString()));
    return commit(file, path);
}

QByteArray TrendChartExporter::toCsv(TrendFeature feature, const QList<TrendChartLine> &lines)
{
    QString out = QStringLiteral("segment,feature,period,kind,value,stddev,min,max,sample_size,"
                                 "streams,moving_average,lower80,upper80,lower95,upper95\r\n");
    const QString name = trendFeatureName(feature);
    for (const TrendChartLine &line : lines) {
        QHash<QDate, double> average;
        for (const MovingAveragePoint &point : line.movingAverage)
            average.insert(point.period, point.value);
        for (const TrendPoint &point : line.points) {
            const auto it = average.constFind(point.period);
            out += QStringList{
                field(line.label),
                name,
                point.period.toString(Qt::ISODate),
                QStringLiteral("observed"),
                num(point.mean),
                num(point.stddev),
                num(point.min),
                num(point.max),
                QString::number(point.sampleSize),
                num(point.weight),
                it == average.cend() ? QString() : num(*it),
                {},
                {},
                {},
                {}}.join(u',');
            out += QStringLiteral("\r\n");
        }
        for (const ForecastPoint &point : line.forecast.points) {
            out += QStringList{field(line.label),
                               name,
                               point.period.toString(Qt::ISODate),
                               QStringLiteral("forecast"),
                               num(point.value),
                               {},
                               {},
                               {},
                               {},
                               {},
                               {},
                               num(point.lower80),
                               num(point.upper80),
                               num(point.lower95),
                               num(point.upper95)}
                       .join(u',');
            out += QStringLiteral("\r\n");
        }
    }
    return out.toUtf8();
}

Result<void> TrendChartExporter::saveCsv(TrendFeature feature, const QList<TrendChartLine> &lines,
                                         const QString &path)
{
    const QByteArray data = toCsv(feature, lines);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return Error(ErrorCode::Storage,
                     tr("%1 could not be written: %2").arg(path, file.errorString()));
    return commit(file, path);
}
