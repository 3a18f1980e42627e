/** Texts from bot-scripts/ in Indonesian and English, dates, HTML escaping, keyboards: the shared vocabulary of every module. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kinerja.text;
