#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

// The colours of an artist's visual identity as swatches: click one to change it (QColorDialog),
// right-click to remove it, "+" to add. Values are "#rrggbb"; an unchanged entry keeps its exact
// stored text. Thread: GUI.
class PaletteEdit : public QWidget
{
    Q_OBJECT
public:
    explicit PaletteEdit(QWidget *parent = nullptr);

    // Replaces the colours without emitting changed().
    void setColors(const QStringList &colors);
    QStringList colors() const { return m_colors; }

    void addColor(const QString &color);
    void setColor(int index, const QString &color);
    void removeColor(int index);

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    void pickColor(int index);
    void showMenu(int index, const QPoint &globalPos);

    QStringList m_colors;
    QHBoxLayout *m_swatches = nullptr;
    QToolButton *m_add = nullptr;
};
