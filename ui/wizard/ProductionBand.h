#pragma once

#include <QLabel>

class WizardContext;

/**
 * The unmistakable production marker: a red band across the window, shown whenever
 * the current profile works in production and hidden otherwise.
 */
class ProductionBand : public QLabel
{
    Q_OBJECT

public:
    explicit ProductionBand(WizardContext *context, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followContext();
    void retranslateUi();

    WizardContext *m_context;
};
