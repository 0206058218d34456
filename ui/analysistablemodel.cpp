#include "analysistablemodel.h"

#include "analysisformat.h"

#include <QBrush>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

#include <cmath>
#include <limits>

namespace {
// NaN sorts after every number in both directions would need a proxy; a huge value keeps
// unmeasured rows together at one end, which is what a user expects of "no value".
double sortable(double value)
{
    return std::isfinite(value) ? value : std::numeric_limits<double>::max();
}
} // namespace

AnalysisTableModel::AnalysisTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Translated once: data() must not call tr() per cell.
    m_stateTexts[int(State::Queued)] = tr("Queued");
    m_stateTexts[int(State::Analyzed)] = tr("Analyzed");
    m_stateTexts[int(State::Cached)] = tr("Cached");
    m_stateTexts[int(State::Failed)] = tr("Failed");
}

QString AnalysisTableModel::bpmText(const TrackAnalysis &track)
{
    const QString effective = AnalysisFormat::bpm(track.effectiveBpm());
    if (track.correction.bpm && !effective.isEmpty())
        return effective + QStringLiteral(" *");
    return effective;
}

void AnalysisTableModel::fillTexts(Row &row) const
{
    const TrackAnalysis &track = row.track;
    const QFileInfo info(track.path);
    row.texts[FileColumn] = info.fileName();
    for (int column = DurationColumn; column < StatusColumn; ++column)
        row.texts[column].clear();
    row.bpmToolTip.clear();
    row.keyToolTip.clear();
    if (track.analysis) {
        const Analysis &a = *track.analysis;
        row.texts[DurationColumn] = AnalysisFormat::duration(a.durationS);
        row.texts[BpmColumn] = bpmText(track);
        row.texts[ConfidenceColumn] = AnalysisFormat::percent(a.bpmConfidence);
        row.texts[KeyColumn] = AnalysisFormat::keyDisplay(track.effectiveKey(), m_camelot);
        if (!track.correction.key.isEmpty())
            row.texts[KeyColumn] += QStringLiteral(" *");
        row.texts[LufsColumn] = AnalysisFormat::decibels(a.loudnessLufs, tr("LUFS"));
        row.texts[TruePeakColumn] = AnalysisFormat::decibels(a.truePeakDbtp, tr("dBTP"));
        row.texts[EnergyColumn] = AnalysisFormat::percent(a.energy);
        row.texts[DanceabilityColumn] = AnalysisFormat::percent(a.danceability);
        if (track.correction.bpm)
            row.bpmToolTip =
                tr("%1 (measured %2)")
                    .arg(AnalysisFormat::bpm(*track.correction.bpm), AnalysisFormat::bpm(a.bpm));
        if (!track.correction.key.isEmpty())
            row.keyToolTip = tr("%1 (measured %2)")
                                 .arg(AnalysisFormat::keyDisplay(track.correction.key, false),
                                      AnalysisFormat::keyDisplay(a.key, false));
    }
    row.texts[StatusColumn] =
        row.state == State::Failed ? track.error : m_stateTexts[int(row.state)];
    row.searchText = (info.fileName() + u' ' + row.texts[KeyColumn] + u' ' +
                      AnalysisFormat::camelot(track.effectiveKey()) + u' ' + row.texts[BpmColumn] +
                      u' ' + row.texts[StatusColumn])
                         .toLower();
}

QVariant AnalysisTableModel::sortValue(const Row &row, int column) const
{
    const std::optional<Analysis> &a = row.track.analysis;
    switch (column) {
    case FileColumn:
        return row.texts[FileColumn].toLower();
    case StatusColumn:
        return row.texts[StatusColumn].toLower();
    case KeyColumn: {
        // Camelot order groups compatible keys; standard order sorts by tonic.
        int pc = 0;
        bool minor = false;
        if (!AnalysisFormat::parseKey(row.track.effectiveKey(), &pc, &minor))
            return std::numeric_limits<double>::max();
        if (m_camelot) {
            const QString code = AnalysisFormat::camelot(row.track.effectiveKey());
            return code.chopped(1).toDouble() * 2 + (minor ? 0 : 1);
        }
        return double(pc * 2 + (minor ? 1 : 0));
    }
    default:
        break;
    }
    if (!a)
        return std::numeric_limits<double>::max();
    switch (column) {
    case DurationColumn:
        return sortable(a->durationS);
    case BpmColumn:
        return sortable(row.track.effectiveBpm());
    case ConfidenceColumn:
        return sortable(a->bpmConfidence);
    case LufsColumn:
        return sortable(a->loudnessLufs);
    case TruePeakColumn:
        return sortable(a->truePeakDbtp);
    case EnergyColumn:
        return sortable(a->energy);
    case DanceabilityColumn:
        return sortable(a->danceability);
    default:
        return {};
    }
}

void AnalysisTableModel::rebuildIndex()
{
    m_rowOfPath.clear();
    m_rowOfPath.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfPath.insert(m_rows[row].track.path, row);
}

void AnalysisTableModel::setTracks(const QList<TrackAnalysis> &tracks)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(tracks.size());
    for (const TrackAnalysis &track : tracks) {
        Row row;
        row.track = track;
        row.state = !track.error.isEmpty() ? State::Failed
                                           : (track.fromCache ? State::Cached : State::Analyzed);
        fillTexts(row);
        m_rows.append(row);
    }
    rebuildIndex();
    endResetModel();
}

void AnalysisTableModel::markQueued(const QStringList &paths)
{
    QList<Row> added;
    for (const QString &path : paths) {
        const int existing = rowOfPath(path);
        if (existing >= 0) {
            Row &row = m_rows[existing];
            row.state = State::Queued;
            fillTexts(row);
            Q_EMIT dataChanged(index(existing, StatusColumn), index(existing, StatusColumn));
            continue;
        }
        bool duplicate = false;
        for (const Row &row : std::as_const(added))
            duplicate = duplicate || row.track.path == path;
        if (duplicate)
            continue;
        Row row;
        row.track.path = path;
        fillTexts(row);
        added.append(row);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Row &row : std::as_const(added)) {
        m_rowOfPath.insert(row.track.path, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void AnalysisTableModel::upsertTrack(const TrackAnalysis &track)
{
    Row fresh;
    fresh.track = track;
    fresh.state = !track.error.isEmpty() ? State::Failed
                                         : (track.fromCache ? State::Cached : State::Analyzed);
    fillTexts(fresh);
    const int existing = rowOfPath(track.path);
    if (existing >= 0) {
        m_rows[existing] = fresh;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(fresh);
    m_rowOfPath.insert(track.path, row);
    endInsertRows();
}

bool AnalysisTableModel::setCorrection(const QString &path, const AnalysisCorrection &correction)
{
    const int row = rowOfPath(path);
    if (row < 0)
        return false;
    m_rows[row].track.correction = correction;
    fillTexts(m_rows[row]);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void AnalysisTableModel::dropQueued()
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].state != State::Queued)
            continue;
        if (m_rows[row].track.analysis || !m_rows[row].track.error.isEmpty()) {
            // Listed before this batch: it keeps its previous result.
            m_rows[row].state =
                m_rows[row].track.error.isEmpty()
                    ? (m_rows[row].track.fromCache ? State::Cached : State::Analyzed)
                    : State::Failed;
            fillTexts(m_rows[row]);
            Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
            continue;
        }
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();
}

void AnalysisTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowOfPath.clear();
    endResetModel();
}

void AnalysisTableModel::setCamelot(bool camelot)
{
    if (camelot == m_camelot)
        return;
    m_camelot = camelot;
    for (Row &row : m_rows)
        fillTexts(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, KeyColumn), index(int(m_rows.size()) - 1, KeyColumn));
    Q_EMIT headerDataChanged(Qt::Horizontal, KeyColumn, KeyColumn);
}

QList<TrackAnalysis> AnalysisTableModel::tracks() const
{
    QList<TrackAnalysis> tracks;
    tracks.reserve(m_rows.size());
    for (const Row &row : m_rows)
        tracks.append(row.track);
    return tracks;
}

int AnalysisTableModel::queuedCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.state == State::Queued ? 1 : 0;
    return count;
}

int AnalysisTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalysisTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnalysisTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return row.texts[column];
    case Qt::ToolTipRole:
        if (column == FileColumn)
            return row.track.path;
        if (column == BpmColumn && !row.bpmToolTip.isEmpty())
            return row.bpmToolTip;
        if (column == KeyColumn && !row.keyToolTip.isEmpty())
            return row.keyToolTip;
        if (column == StatusColumn && row.state == State::Failed)
            return row.track.error;
        return {};
    case Qt::TextAlignmentRole:
        if (column == FileColumn || column == StatusColumn || column == KeyColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column != FileColumn)
            return {};
        if (row.state == State::Failed)
            return QIcon::fromTheme(QStringLiteral("dialog-error"));
        if (row.state == State::Queued)
            return QIcon::fromTheme(QStringLiteral("content-loading-symbolic"),
                                    QIcon::fromTheme(QStringLiteral("view-refresh")));
        return QIcon::fromTheme(QStringLiteral("audio-x-generic"));
    case Qt::ForegroundRole:
        if (column == StatusColumn && row.state == State::Failed)
            return QBrush(QColor(0xda, 0x44, 0x53)); // Breeze negative text
        if (row.state == State::Queued)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if ((column == BpmColumn && row.track.correction.bpm) ||
            (column == KeyColumn && !row.track.correction.key.isEmpty())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case PathRole:
        return row.track.path;
    case SortRole:
        return sortValue(row, column);
    case CorrectedRole:
        return !row.track.correction.isEmpty();
    case StateRole:
        return int(row.state);
    case SearchTextRole:
        return row.searchText;
    default:
        return {};
    }
}

QVariant AnalysisTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == FileColumn || section == StatusColumn || section == KeyColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BpmColumn:
            return tr("Tempo in beats per minute; * marks the operator's correction");
        case ConfidenceColumn:
            return tr("How sure the tempo measurement is");
        case KeyColumn:
            return m_camelot ? tr("Key in Camelot notation; * marks an override")
                             : tr("Key; * marks an override");
        case LufsColumn:
            return tr("Integrated loudness (EBU R 128)");
        case TruePeakColumn:
            return tr("Highest inter-sample peak");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case DurationColumn:
        return tr("Duration");
    case BpmColumn:
        return tr("BPM");
    case ConfidenceColumn:
        return tr("Confidence");
    case KeyColumn:
        return m_camelot ? tr("Key (Camelot)") : tr("Key");
    case LufsColumn:
        return tr("Loudness");
    case TruePeakColumn:
        return tr("True peak");
    case EnergyColumn:
        return tr("Energy");
    case DanceabilityColumn:
        return tr("Danceability");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
