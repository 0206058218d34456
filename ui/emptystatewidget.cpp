#include "emptystatewidget.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStateWidget::EmptyStateWidget(const QIcon &icon, const QString &title, const QString &hint,
                                   const QString &buttonText, QWidget *parent)
    : QWidget(parent)
    , m_button(new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), buttonText, this))
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(96, 96));
    iconLabel->setAlignment(Qt::AlignCenter);
    auto *titleLabel = new QLabel(title, this);
    QFont big = titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    titleLabel->setFont(big);
    titleLabel->setAlignment(Qt::AlignCenter);
    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setWordWrap(true);
    hintLabel->setAlignment(Qt::AlignCenter);
    hintLabel->setMaximumWidth(420);
    connect(m_button, &QPushButton::clicked, this, &EmptyStateWidget::activated);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addWidget(titleLabel);
    layout->addWidget(hintLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}
