#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

/// Page 8's "Next steps": what to do next, numbered, above the report (OnboardingAdvice fills them).
class NextStepsSection : public QWidget
{
    Q_OBJECT

public:
    explicit NextStepsSection(QWidget *parent = nullptr);

    void setSteps(const QStringList &steps);
    QStringList steps() const { return m_steps; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_label;
    QStringList m_steps;
};
