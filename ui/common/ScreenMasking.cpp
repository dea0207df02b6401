#include "common/ScreenMasking.h"

#include "net/ScreenMask.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace {
const char *const ValueProperty = "screenMaskingValue";
const char *const MaskedProperty = "screenMasked";
const char *const FollowsProperty = "screenMaskingFollows";
const auto OverlayName = u"screenMaskOverlay"_s;

QLabel *overlayOf(QLineEdit *edit)
{
    return edit->findChild<QLabel *>(OverlayName, Qt::FindDirectChildrenOnly);
}

void renderEdit(QLineEdit *edit)
{
    QLabel *overlay = overlayOf(edit);
    ScreenMasking *masking = ScreenMasking::instance();
    const bool masked = masking->isOn() && !edit->text().isEmpty();
    edit->setProperty(MaskedProperty, masked);
    // Set by the program (not typed): a whole value to mask in running text too.
    if (!edit->hasFocus())
        masking->remember(edit->text());
    if (!masked) {
        overlay->hide();
        return;
    }
    // Over the text area only, so the frame (and a focus or error border) stays visible.
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth =
        edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QRect area = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    overlay->setGeometry(area.isValid() ? area : edit->rect());
    overlay->setText(Altinn::ScreenMask::hint(edit->text()));
    overlay->show();
    overlay->raise();
}
} // namespace

ScreenMasking::ScreenMasking() = default;

ScreenMasking *ScreenMasking::instance()
{
    // Lives as long as the process: widgets anywhere connect to it.
    static ScreenMasking *const masking = new ScreenMasking;
    return masking;
}

void ScreenMasking::setOn(bool on)
{
    if (m_on == on)
        return;
    m_on = on;
    Q_EMIT changed();
}

void ScreenMasking::setMaskOrganisationNumbers(bool mask)
{
    if (m_organisationNumbers == mask)
        return;
    m_organisationNumbers = mask;
    if (m_on)
        Q_EMIT changed();
}

QString ScreenMasking::maskValue(const QString &value) const
{
    return m_on ? Altinn::ScreenMask::hint(value) : value;
}

QString ScreenMasking::maskText(const QString &text) const
{
    if (!m_on)
        return text;
    Altinn::ScreenMask::Options options;
    options.organisationNumbers = m_organisationNumbers;
    options.knownValues = m_known;
    return Altinn::ScreenMask::text(text, options);
}

QString ScreenMasking::maskOrganisationNumber(const QString &orgNo) const
{
    return m_on && m_organisationNumbers ? Altinn::ScreenMask::hint(orgNo) : orgNo;
}

QString ScreenMasking::maskedNote()
{
    return tr("Masked in presenter mode.");
}

void ScreenMasking::remember(const QString &value)
{
    // Bounded: a long session shows many values, the activity log needs the recent ones.
    if (value.size() < 4 || m_known.contains(value))
        return;
    m_known.append(value);
    if (m_known.size() > 64)
        m_known.removeFirst();
}

void ScreenMasking::show(QLabel *label, const QString &value)
{
    ScreenMasking *masking = instance();
    label->setProperty(ValueProperty, value);
    masking->remember(value);
    if (!label->property(FollowsProperty).toBool()) {
        label->setProperty(FollowsProperty, true);
        label->installEventFilter(masking);
        connect(masking, &ScreenMasking::changed, label, [label] { render(label); });
    }
    render(label);
}

void ScreenMasking::render(QLabel *label)
{
    const QString value = label->property(ValueProperty).toString();
    const bool masked = instance()->isOn() && !value.isEmpty();
    label->setProperty(MaskedProperty, masked);
    label->setText(masked ? Altinn::ScreenMask::hint(value) : value);
}

void ScreenMasking::guard(QLineEdit *edit)
{
    if (overlayOf(edit))
        return;
    ScreenMasking *masking = instance();
    auto *overlay = new QLabel(edit);
    overlay->setObjectName(OverlayName);
    // Clicks and the keyboard reach the edit underneath; the overlay only hides its text.
    overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    overlay->setFocusPolicy(Qt::NoFocus);
    overlay->setAutoFillBackground(true);
    overlay->setBackgroundRole(QPalette::Base);
    overlay->hide();
    edit->installEventFilter(masking);
    connect(masking, &ScreenMasking::changed, edit, [edit] { renderEdit(edit); });
    connect(edit, &QLineEdit::textChanged, overlay, [edit] { renderEdit(edit); });
    connect(edit, &QLineEdit::editingFinished, masking, [masking, edit] { masking->remember(edit->text()); });
    masking->remember(edit->text());
    renderEdit(edit);
}

bool ScreenMasking::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    if (event->type() == QEvent::Resize) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && overlayOf(edit))
            renderEdit(edit);
    } else if (event->type() == QEvent::ToolTip && widget->property(MaskedProperty).toBool()) {
        // The widget's own tooltip (it may be retranslated at any time) and that the value is masked.
        const QString own = widget->toolTip();
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
            own.isEmpty() ? maskedNote() : own + u'\n' + maskedNote(), widget);
        return true;
    }
    return false;
}
