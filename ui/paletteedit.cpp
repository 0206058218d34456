#include "paletteedit.h"

#include <QColor>
#include <QColorDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>

namespace {
constexpr int kSwatchSize = 28;
}

PaletteEdit::PaletteEdit(QWidget *parent)
    : QWidget(parent)
    , m_swatches(new QHBoxLayout)
    , m_add(new QToolButton(this))
{
    m_add->setObjectName(QStringLiteral("addColor"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setText(tr("Add colour…"));
    m_add->setToolTip(tr("Add a colour to the palette"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_add, &QToolButton::clicked, this, [this] { pickColor(-1); });

    m_swatches->setContentsMargins(0, 0, 0, 0);
    m_swatches->setSpacing(4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_swatches);
    layout->addWidget(m_add);
    layout->addStretch(1);
}

void PaletteEdit::setColors(const QStringList &colors)
{
    if (colors == m_colors)
        return;
    m_colors = colors;
    rebuild();
}

void PaletteEdit::addColor(const QString &color)
{
    m_colors.append(color);
    rebuild();
    Q_EMIT changed();
}

void PaletteEdit::setColor(int index, const QString &color)
{
    if (index < 0 || index >= m_colors.size() || m_colors.at(index) == color)
        return;
    m_colors[index] = color;
    rebuild();
    Q_EMIT changed();
}

void PaletteEdit::removeColor(int index)
{
    if (index < 0 || index >= m_colors.size())
        return;
    m_colors.removeAt(index);
    rebuild();
    Q_EMIT changed();
}

void PaletteEdit::rebuild()
{
    while (QLayoutItem *item = m_swatches->takeAt(0)) {
        // A swatch may be rebuilt from inside its own clicked() signal: delete it later.
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (int i = 0; i < m_colors.size(); ++i) {
        const QString &text = m_colors.at(i);
        // Only #rrggbb is a palette colour (as the validator says); "blue" gets a "?" too.
        static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
        const QColor color = hex.match(text).hasMatch() ? QColor::fromString(text) : QColor();
        auto *swatch = new QToolButton(this);
        swatch->setObjectName(QStringLiteral("swatch%1").arg(i));
        swatch->setFixedSize(kSwatchSize, kSwatchSize);
        swatch->setContextMenuPolicy(Qt::CustomContextMenu);
        if (color.isValid()) {
            swatch->setStyleSheet(
                QStringLiteral("QToolButton { background: %1; border: 1px solid %2; "
                               "border-radius: 4px; }")
                    .arg(color.name(), color.darker(160).name()));
            swatch->setToolTip(tr("%1 — click to change, right-click to remove").arg(text));
        } else {
            swatch->setText(QStringLiteral("?"));
            swatch->setToolTip(tr("\"%1\" is not a colour — click to pick one").arg(text));
        }
        connect(swatch, &QToolButton::clicked, this, [this, i] { pickColor(i); });
        connect(swatch, &QToolButton::customContextMenuRequested, this,
                [this, i, swatch](const QPoint &pos) { showMenu(i, swatch->mapToGlobal(pos)); });
        m_swatches->addWidget(swatch);
    }
}

void PaletteEdit::pickColor(int index)
{
    const QColor initial = index >= 0 ? QColor::fromString(m_colors.at(index)) : QColor(Qt::white);
    const QColor chosen = QColorDialog::getColor(initial, this, tr("Palette colour"));
    if (!chosen.isValid())
        return;
    if (index < 0)
        addColor(chosen.name());
    else if (chosen != initial)
        setColor(index, chosen.name());
}

void PaletteEdit::showMenu(int index, const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("color-picker")), tr("Change…"), this,
                   [this, index] { pickColor(index); });
    menu.addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this,
                   [this, index] { removeColor(index); });
    menu.exec(globalPos);
}
