#include "messagebanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Highlight).lighter(185));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    setPalette(palette);

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (m_callback)
            m_callback();
    });
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(QIcon::fromTheme(QStringLiteral("dialog-close")));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close this message"));
    close->setToolButtonStyle(close->icon().isNull() ? Qt::ToolButtonTextOnly
                                                     : Qt::ToolButtonIconOnly);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    hide();
}

void MessageBanner::showMessage(const QString &text, const QString &actionText,
                                std::function<void()> action)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_callback = std::move(action);
    show();
}

QString MessageBanner::text() const
{
    return m_text->text();
}
