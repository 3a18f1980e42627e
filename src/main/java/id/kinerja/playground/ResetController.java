package id.kinerja.playground;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reset button: the demo office as at the first start, chats and calls emptied, the clock back. */
@RestController
@RequestMapping("/playground/api/reset")
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class ResetController {

    record Done(boolean reset) {}

    private final Sandbox sandbox;

    ResetController(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    @PostMapping
    Done reset() {
        sandbox.reset();
        return new Done(true);
    }
}
