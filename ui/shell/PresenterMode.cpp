#include "shell/PresenterMode.h"

#include "common/ScreenMasking.h"
#include "shell/ApplicationStyle.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/WizardStepIndicator.h"
#include "workspace/AppSettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {
/// Space already means something here: typing, toggling, pressing, choosing.
bool spaceIsTaken(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QTabBar *>(widget);
}

OnboardingWizard *wizardOf(QWidget *widget)
{
    for (QWidget *candidate = widget; candidate; candidate = candidate->parentWidget()) {
        if (auto *wizard = qobject_cast<OnboardingWizard *>(candidate))
            return wizard;
    }
    return nullptr;
}

/// The button that moves on: Next, or the commit button on a page that commits.
QAbstractButton *forwardButton(QWizard *wizard)
{
    for (const QWizard::WizardButton which : {QWizard::NextButton, QWizard::CommitButton}) {
        QAbstractButton *button = wizard->button(which);
        if (button->isVisible() && button->isEnabled())
            return button;
    }
    return nullptr;
}
} // namespace

PresenterMode::PresenterMode(AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_scale(settings.presenterScale())
{
    if (!scales().contains(m_scale))
        m_scale = scales().first();
    qApp->installEventFilter(this);
    setOn(settings.presenterMode());
}

PresenterMode::~PresenterMode()
{
    if (m_applied) {
        // Leave the application as it was found (tests build several windows in one process).
        m_on = false;
        apply();
    }
}

void PresenterMode::setOn(bool on)
{
    if (m_on == on && m_applied == on)
        return;
    m_on = on;
    m_settings.setPresenterMode(on);
    m_settings.sync();
    apply();
    Q_EMIT changed(on);
}

void PresenterMode::setScale(int percent)
{
    if (!scales().contains(percent) || percent == m_scale)
        return;
    m_scale = percent;
    m_settings.setPresenterScale(percent);
    m_settings.sync();
    if (m_on)
        apply();
    Q_EMIT changed(m_on);
}

void PresenterMode::apply()
{
    auto *application = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!m_applied && m_on)
        m_baseFont = QApplication::font();
    if (m_on) {
        QFont font = m_baseFont;
        if (m_baseFont.pointSizeF() > 0)
            font.setPointSizeF(m_baseFont.pointSizeF() * m_scale / 100.0);
        else
            font.setPixelSize(m_baseFont.pixelSize() * m_scale / 100);
        QApplication::setFont(font);
    } else if (m_applied) {
        QApplication::setFont(m_baseFont);
    }
    if (application && (m_on || m_applied))
        setApplicationStyleScale(*application, m_on ? m_scale / 100.0 : 1.0);
    m_applied = m_on;
    ScreenMasking::instance()->setOn(m_on);
    if (m_wizard)
        m_wizard->stepIndicator()->setEmphasised(m_on);
    if (m_toggle) {
        const QSignalBlocker blocker(m_toggle);
        m_toggle->setChecked(m_on);
    }
    if (m_scaleActions) {
        for (QAction *action : m_scaleActions->actions())
            action->setChecked(action->data().toInt() == m_scale);
    }
}

void PresenterMode::attach(OnboardingWizard *wizard)
{
    m_wizard = wizard;
    if (wizard)
        wizard->stepIndicator()->setEmphasised(m_on);
}

QToolButton *PresenterMode::createToggle(QWidget *parent)
{
    auto *toggle = new QToolButton(parent);
    toggle->setObjectName(u"presenterButton"_s);
    toggle->setCheckable(true);
    toggle->setChecked(m_on);
    toggle->setPopupMode(QToolButton::MenuButtonPopup);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    auto *menu = new QMenu(toggle);
    menu->setObjectName(u"presenterScaleMenu"_s);
    m_scaleActions = new QActionGroup(menu);
    m_scaleActions->setExclusive(true);
    for (const int percent : scales()) {
        QAction *action = menu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(percent == m_scale);
        action->setData(percent);
        m_scaleActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, percent] {
            setScale(percent);
            setOn(true);
        });
    }
    toggle->setMenu(menu);
    connect(toggle, &QToolButton::toggled, this, &PresenterMode::setOn);
    toggle->installEventFilter(this);
    m_toggle = toggle;
    retranslate();
    return toggle;
}

void PresenterMode::retranslate()
{
    if (!m_toggle || !m_scaleActions)
        return;
    m_toggle->setText(tr("Presenter"));
    m_toggle->setAccessibleName(tr("Presenter mode"));
    m_toggle->setToolTip(
        tr("Larger text for an audience, with client ids, keys, tokens and trace ids masked. "
           "PageDown or Space goes on, PageUp goes back (Ctrl+Shift+P)."));
    for (QAction *action : m_scaleActions->actions())
        action->setText(tr("Text at %1 %").arg(action->data().toInt()));
}

bool PresenterMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == m_toggle) {
        retranslate();
    } else if (m_on && event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (handleKey(static_cast<QWidget *>(watched), key->key(), key->modifiers()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

bool PresenterMode::handleKey(QWidget *receiver, int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers != Qt::NoModifier && modifiers != Qt::KeypadModifier)
        return false;
    if (key != Qt::Key_PageDown && key != Qt::Key_PageUp && key != Qt::Key_Space)
        return false;
    OnboardingWizard *wizard = wizardOf(receiver);
    if (!wizard || !wizard->isVisible())
        return false;
    if (key == Qt::Key_Space
        && spaceIsTaken(QApplication::focusWidget() ? QApplication::focusWidget() : receiver))
        return false;
    QAbstractButton *button =
        key == Qt::Key_PageUp ? wizard->button(QWizard::BackButton) : forwardButton(wizard);
    if (!button || !button->isVisible() || !button->isEnabled())
        return key != Qt::Key_Space; // PageUp/PageDown with nowhere to go do nothing else either.
    button->click();
    return true;
}
