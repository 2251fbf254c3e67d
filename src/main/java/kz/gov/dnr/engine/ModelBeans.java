package kz.gov.dnr.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Restricts what BPMN expressions can reach to the beans marked {@link CalledFromModels}. Beans are looked
 * up when an expression first names them, so the whitelist creates no start-up cycle with the engine.
 *
 * <p>A bean's name is resolved before the process variables ({@link BeansFirst}): no variable, such as one a
 * client sets through the engine's REST API, can stand in for {@code deadlines} or a delegate; and naming a bean
 * reads no variable, where the engine's order would first load every variable of the execution and its parents to
 * see whether one has that name.
 */
@Component
public class ModelBeans extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  public ModelBeans(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = new Whitelist(context);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new BeansFirst(context, beans));
  }

  /** Spring's expression manager with the model beans resolved before anything else. */
  static final class BeansFirst extends SpringExpressionManager {
    BeansFirst(ApplicationContext context, Map<Object, Object> beans) {
      super(context, beans);
    }

    @Override
    protected ELResolver createElResolver() {
      CompositeELResolver resolver = new CompositeELResolver();
      resolver.add(new ReadOnlyMapELResolver(beans));
      resolver.add(super.createElResolver());
      return resolver;
    }
  }

  /** The names of the beans the models may call. */
  public Set<String> names() {
    return Arrays.stream(context.getBeanNamesForAnnotation(CalledFromModels.class)).collect(Collectors.toSet());
  }

  private static final class Whitelist extends AbstractMap<Object, Object> {
    private final ApplicationContext context;
    private volatile Set<String> names;

    Whitelist(ApplicationContext context) {
      this.context = context;
    }

    private Set<String> names() {
      Set<String> n = names;
      if (n == null) {
        n = Set.of(context.getBeanNamesForAnnotation(CalledFromModels.class));
        names = n;
      }
      return n;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
      return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names().stream()
          .map(n -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(n, context.getBean(n)))
          .collect(Collectors.toSet());
    }
  }
}
