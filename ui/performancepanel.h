#pragma once

#include <QString>
#include <QWidget>

class EvolutionService;
class MessageBanner;
class PerformanceChartView;
class QComboBox;
class QLabel;
class QPushButton;

// An artist's sales and streams from distributors' reports: its recency-weighted score, a chart
// of the artist or of one of its releases, and importing a report (rejected rows are listed, and
// the rest can then be imported). Thread: GUI thread.
class PerformancePanel : public QWidget
{
    Q_OBJECT
public:
    PerformancePanel(EvolutionService *service, QString artistId, QWidget *parent = nullptr);

    void reload(); // score, releases and the chart shown

    // Imports a report; with bad rows and !skipBadRows nothing is imported and the banner
    // lists them and offers to import the rest.
    void importReport(const QString &path, bool skipBadRows = false);

    QComboBox *releaseBox() const { return m_releases; } // 0: every release of the artist
    PerformanceChartView *chart() const { return m_chart; }
    QLabel *scoreLabel() const { return m_score; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void chartUpdated();
    void imported(); // rows were stored: plans and scores may change

private:
    void chooseReport();
    void showSelection();

    EvolutionService *m_service;
    QString m_artistId;
    MessageBanner *m_banner;
    QLabel *m_score;
    QComboBox *m_releases;
    QPushButton *m_import;
    PerformanceChartView *m_chart;
    quint64 m_chartGeneration = 0;
};
