#include "demo/DemoConductor.h"

#include "common/Question.h"
#include "demo/DemoActionRunner.h"
#include "demo/DemoNarrationPanel.h"
#include "demo/DemoReset.h"
#include "demo/DemoSteps.h"
#include "onboarding/DemoScenario.h"
#include "wizard/OnboardingWizard.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using Onboarding::DemoScenario;

namespace {
Q_LOGGING_CATEGORY(lcDemo, "systemuser.demo")
} // namespace

DemoConductor::DemoConductor(WizardContext *context, DemoNarrationPanel *panel, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_panel(panel)
    , m_runner(new DemoActionRunner(this))
    , m_reset(new DemoReset(context, this))
{
    m_panel->hide();
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(std::chrono::seconds(6));
    connect(&m_pauseTimer, &QTimer::timeout, this, &DemoConductor::nextStep);
    connect(m_runner, &DemoActionRunner::finished, this, &DemoConductor::stepEnded);
    connect(m_panel, &DemoNarrationPanel::nextRequested, this, [this] {
        setPlaying(false);
        nextStep();
    });
    connect(m_panel, &DemoNarrationPanel::backRequested, this, &DemoConductor::back);
    connect(m_panel, &DemoNarrationPanel::playRequested, this, &DemoConductor::setPlaying);
    connect(m_panel, &DemoNarrationPanel::stopRequested, this, &DemoConductor::stop);
    connect(m_panel, &DemoNarrationPanel::resetRequested, this, &DemoConductor::requestReset);
    connect(m_panel, &DemoNarrationPanel::retryRequested, this, &DemoConductor::retry);
}

DemoConductor::~DemoConductor() = default;

QString DemoConductor::externalRef() const
{
    return m_steps ? m_steps->externalRef() : QString();
}

bool DemoConductor::isBusy() const
{
    return m_runner->isRunning() || m_reset->isRunning();
}

void DemoConductor::start(OnboardingWizard *wizard)
{
    stop();
    // A finished or abandoned run leaves its profile, drafts and ledger: start from nothing, quietly.
    DemoReset::forgetLocalState(m_context, false);
    m_wizard = wizard;
    m_steps = std::make_unique<DemoSteps>(wizard, m_context, DemoScenario::newExternalRef());
    m_done.clear();
    m_failed = false;
    m_resetFailed = false;
    m_pageConnection = connect(wizard, &QWizard::currentIdChanged, this, &DemoConductor::followPage);
    m_wizardObject = wizard;
    connect(wizard, &QObject::destroyed, this, [this](QObject *gone) {
        // Compared as a QObject: the wizard is half destroyed here, and reading the typed QPointer would cast
        // it to a type it no longer has (UndefinedBehaviorSanitizer's vptr check caught that).
        if (gone != m_wizardObject)
            return;
        m_wizard.clear();
        stop();
    });
    m_panel->show();
    qCInfo(lcDemo) << "guided demo started, external reference" << m_steps->externalRef();
    runStep(1);
    m_panel->focusNextStep();
}

void DemoConductor::stop()
{
    m_runner->cancel();
    m_pauseTimer.stop();
    m_playing = false;
    disconnect(m_pageConnection);
    m_wizard.clear();
    m_wizardObject = nullptr;
    if (m_panel) {
        m_panel->setPlaying(false);
        m_panel->hide();
    }
}

void DemoConductor::runStep(int step)
{
    if (!m_wizard || !m_steps)
        return;
    m_step = step;
    m_failed = false;
    m_panel->showStep(step);
    m_panel->setStatus(DemoNarrationPanel::Status::Working);
    m_steps->rememberShownErrors();
    m_runner->run(m_steps->actions(step));
    updateControls();
}

void DemoConductor::stepEnded(const QString &failure)
{
    const int step = m_step;
    if (failure.isEmpty()) {
        m_done.insert(step);
        m_panel->setStatus(step == DemoScenario::StepCount ? DemoNarrationPanel::Status::Finished
                                                           : DemoNarrationPanel::Status::Done,
            m_steps->result(step));
        if (step == DemoScenario::StepCount)
            setPlaying(false);
        else if (m_playing)
            m_pauseTimer.start();
    } else {
        qCInfo(lcDemo) << "step" << step << "failed:" << failure;
        m_failed = true;
        m_panel->setStatus(DemoNarrationPanel::Status::Failed, failure);
        setPlaying(false);
    }
    updateControls();
    Q_EMIT stepFinished(step, failure.isEmpty());
}

void DemoConductor::nextStep()
{
    m_pauseTimer.stop();
    if (!m_wizard || isBusy() || m_step >= DemoScenario::StepCount)
        return;
    // A step not done yet is done first (after Back or a failure, Next finishes the step on screen).
    runStep(m_done.contains(m_step) ? m_step + 1 : m_step);
}

void DemoConductor::back()
{
    if (!m_wizard || isBusy() || m_step <= 1)
        return;
    setPlaying(false);
    const int target = m_step - 1;
    m_step = target; // set first: followPage() sees the page change as this step
    m_wizard->jumpTo(static_cast<OnboardingWizard::PageId>(target - 1));
    m_failed = false;
    showCurrent();
}

void DemoConductor::setPlaying(bool playing)
{
    m_playing = playing;
    m_panel->setPlaying(playing);
    if (!playing) {
        m_pauseTimer.stop();
        updateControls();
        return;
    }
    if (isBusy())
        return; // the step under way goes on, and the next follows after the pause
    if (m_failed)
        retry();
    else
        nextStep();
}

void DemoConductor::retry()
{
    if (m_resetFailed) {
        reset();
        return;
    }
    if (!m_wizard || isBusy() || !m_steps)
        return;
    m_steps->clearShownErrors();
    runStep(m_step);
}

void DemoConductor::requestReset()
{
    setPlaying(false);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Reset the demo?"),
        tr("The built-in sandbox can only be cleared as a whole: every system, request, system user and "
           "Maskinporten client in it is removed, not only the demo's. The demo profile is removed too. "
           "Your other profiles stay."),
        QMessageBox::NoButton, m_panel);
    box->setObjectName(u"resetDemoQuestion"_s);
    QPushButton *clear = box->addButton(tr("Clear the sandbox"), QMessageBox::AcceptRole);
    clear->setObjectName(u"resetDemoConfirmButton"_s);
    QPushButton *keep = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    Question::ask(box, keep, this, [this, clear](QAbstractButton *pressed) {
        if (pressed == clear)
            reset();
    });
}

void DemoConductor::reset()
{
    m_runner->cancel();
    m_pauseTimer.stop();
    m_resetFailed = false;
    m_panel->setStatus(DemoNarrationPanel::Status::Working);
    updateControls();
    m_reset->resetAll([this](const QString &error) {
        if (error.isEmpty()) {
            qCInfo(lcDemo) << "guided demo reset";
            Q_EMIT restartRequested();
            return;
        }
        m_resetFailed = true;
        m_panel->setStatus(DemoNarrationPanel::Status::Failed, error);
        updateControls();
    });
}

void DemoConductor::followPage(int pageId)
{
    // The presenter used the wizard's own buttons: the narration follows the page shown.
    if (!m_wizard || isBusy() || pageId < 0)
        return;
    const int step = pageId + 1;
    if (step == m_step || (m_step == 5 && step == 6 && !m_done.contains(6)))
        return;
    m_pauseTimer.stop();
    m_step = step;
    m_failed = false;
    showCurrent();
}

void DemoConductor::showCurrent()
{
    m_panel->showStep(m_step);
    if (m_done.contains(m_step))
        m_panel->setStatus(m_step == DemoScenario::StepCount ? DemoNarrationPanel::Status::Finished
                                                             : DemoNarrationPanel::Status::Done,
            m_steps->result(m_step));
    else
        m_panel->setStatus(DemoNarrationPanel::Status::Ready);
    updateControls();
}

void DemoConductor::updateControls()
{
    m_panel->setNavigation(
        m_step > 1, m_step < DemoScenario::StepCount || !m_done.contains(m_step), isBusy());
}
